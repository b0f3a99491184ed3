"""Titles by corpus-wide evidence: a name that the words around it call a work's (``cues``: "the
film [Vera Drake]", "cult TV show [Twin Peaks]", "[Friends] actor Matthew Perry") in
``TITLE_ARTICLES`` articles or more, and in at least ``TITLE_SHARE`` of the articles naming it,
and that no article reads as a person's (no honorific, title, age, apposition or role naming a
person) is a title wherever it stands: the model's readings of it as a person or an organisation
elsewhere vote WORK_OF_ART ("Twin Peaks" in "The X-Files, I Love Lucy, Twin Peaks and Star Trek").
Not a name called a work in few of its articles ("Sky" of "Sky One's show", "Brit" of the
"Brit Awards"), unless no cue calls it anything else and the model reads it both as a person and as
an organisation (``SPLIT_LABELS``), or a few articles name it (``FEW_ARTICLES``). One pass over the
mentions and their cues, so linear."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.entities import gazetteer
from pipelines.entities.cues import CUE_WEIGHT
from pipelines.entities.labels import DESIGNATORS

if TYPE_CHECKING:
    from pipelines.entities.state import State

TITLE_ARTICLES = 2
"""Articles whose words call a name a work's that make it a title's ..."""
TITLE_SHARE = 1 / 3
"""... when they are at least this share of the articles naming it."""
UNOPPOSED_ARTICLES = 3
"""... or, whatever their share, when this many articles call it a work's and none has a cue for
another kind ("Martin Scorsese's The Aviator", "The Aviator, a film biography of Howard Hughes",
"movie The Aviator" among twenty articles the model reads as an organisation's)."""
SPLIT_LABELS = 2
"""... or, when one article calls it a work's and none has a cue for another kind, when the model gives
its mentions at least this many labels among ``TITLE_FROM`` ("GoldenEye" read as a person in one article
and as an organisation in others, "Goldeneye was a wonderful movie" in one: the model does not know the
name, the cue does)."""
FEW_ARTICLES = 3
"""... or, when one article calls it a work's and none has a cue for another kind, when no more than
this many articles name it and its last word names no other kind of thing (``labels.DESIGNATORS``):
the model's readings in a few articles outvote one cue ("the flagship pop music programme [Top of the
Pops]" and five "Top of the Pops" ORG after it; "[Angels] by Robbie Williams" among thirty ORG; not
"London Studios", a firm's name; nor a name the model reads as a person's only, where the model's
majority stands: a person's name by one false cue is the worse error)."""
TITLE_FROM = frozenset({"PERSON", "ORG"})
"""Model labels a title's other mentions vote WORK_OF_ART instead of ..."""
UNKNOWN_PLACE_FROM = frozenset({"GPE", "LOC"})
"""... and the place labels, when the gazetteer knows no place of that name: the model calls titles made
of place-like words places ("the cult hit [Little Britain]", "[Little Britain] star Matt Lucas"), and
the cues of the title's articles know better than its reading of the words."""


def _person_read(st: State, i: int) -> bool:
    s = st.surf[i]
    return s.honorific or s.titled or any(c == "PERSON" and w >= CUE_WEIGHT for c, w in st.cues.get(i, ()))


def read_as_work(st: State, i: int) -> bool:
    """Mention i is a work's where it stands: the words around it call it one ("Oscar-nominated film
    biopic [Ray]", "Jamie Foxx won best actor for [Ray]") and none a person's, or the corpus calls its
    name a title (``kind_votes``); it is no short form of a person's full name in its article, though the
    article names the person the work is named for ("Ray Charles")."""
    if st.kind_votes.get(i) == "WORK_OF_ART":
        return True
    cues = st.cues.get(i, ())
    return ("WORK_OF_ART", CUE_WEIGHT) in cues and not _person_read(st, i)


def titles(st: State) -> set[str]:
    """The names (match keys) the corpus calls a work's (see the module docstring)."""
    work: dict[str, set[str]] = {}
    named: dict[str, set[str]] = {}
    person: set[str] = set()
    other: set[str] = set()
    read_as: dict[str, set[str]] = {}
    designated: set[str] = set()
    for i in st.live():
        k, aid = st.surf[i].key, st.art_ids[i]
        if st.surf[i].ntok >= 2 and k.rsplit(" ", 1)[-1] in DESIGNATORS:
            designated.add(k)
        named.setdefault(k, set()).add(aid)
        if st.labels[i] in TITLE_FROM:
            read_as.setdefault(k, set()).add(st.labels[i])
        cues = st.cues.get(i, ())
        if ("WORK_OF_ART", CUE_WEIGHT) in cues:
            work.setdefault(k, set()).add(aid)
        if any(c != "WORK_OF_ART" and w >= CUE_WEIGHT for c, w in cues):
            other.add(k)
        if _person_read(st, i):
            person.add(k)
    return {
        k
        for k, arts in work.items()
        if k not in person
        and (
            len(arts) >= TITLE_ARTICLES
            and (len(arts) >= TITLE_SHARE * len(named[k]) or (len(arts) >= UNOPPOSED_ARTICLES and k not in other))
            or (k not in other and len(read_as.get(k, ())) >= SPLIT_LABELS)
            or (
                k not in other
                and len(named[k]) <= FEW_ARTICLES
                and k not in designated
                and read_as.get(k, set()) != {"PERSON"}
            )
        )
    }


def note_titles(st: State) -> None:
    """Make the model's PERSON and ORG readings of every title, and its place readings of one the
    gazetteer does not know, vote WORK_OF_ART (``kind_votes``)."""
    found = titles(st)
    for i in st.live():
        if st.surf[i].key in found and i not in st.kind_votes and _read_otherwise(st.labels[i], st.surf[i].key):
            st.kind_votes[i] = "WORK_OF_ART"


def _read_otherwise(label: str, key: str) -> bool:
    """A model label a title's mention votes WORK_OF_ART instead of (``TITLE_FROM``, ``UNKNOWN_PLACE_FROM``)."""
    return label in TITLE_FROM or (label in UNKNOWN_PLACE_FROM and gazetteer.lookup(key) is None)
