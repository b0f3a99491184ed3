"""Short forms of a person named in full in the same article that the model calls something else
(pass 3, for :mod:`short_forms`): the small model reads a person's name alone without the
surname or the given name around it as a firm or a place ("Imanol Harinordoquy" ... '"[Imanol] has
been dropped"' tagged ORG; "Hicham El Guerrouj" ... "behind [El Guerrouj] in Athens" tagged ORG),
and the short form then became an entity of its own with the wrong label. A reader takes it for
the person; so does the article's walk for

* a surname opening with a particle (:data:`~pipelines.wordlists.NAME_PARTICLES` and the
  particles of :mod:`glued_names`: "El Guerrouj", "Le Bon", "van Nistelrooy"): the words of a full
  name of three words or more from its particle on (``particle_surnames``), whatever the model calls
  them;
* a given name alone, one word that opens exactly one full person name of the article
  (:class:`GivenNamesAlone`), unless it names a place of the gazetteer ("Jordan" beside "Jordan
  Henderson"), is spelt like a brand with a capital inside ("TiVo"), names a nationality
  ("Russian") or a work (the model's WORK_OF_ART: "Ray" beside "Ray Charles"), is a word the corpus
  writes in lower case ("Crown", "Windows") or that opens names of things in the corpus ("Yahoo" of
  "Yahoo Search", "Mac" of "Mac OS X"), or the words around it call it a thing (a context cue
  other than PERSON). A word that is no given name of :mod:`given_names` nor a first name of the
  corpus ("Haile", "Mojtaba") joins only a full name ending in a word the corpus never writes in
  lower case nor reads as a thing's name ("Haile Gebrselassie"; not "[Bollywood] composer" beside
  the show "Bollywood Dreams", nor "[Bridgend]" beside "Bridgend Sony", both tagged PERSON, where
  "Sony Corp" is named).

Dictionary look-ups per mention, so the pass stays linear."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipelines.entities import gazetteer
from pipelines.entities.given_names import given_names
from pipelines.entities.glued_names import MORE_PARTICLES
from pipelines.entities.labels import is_demonym
from pipelines.entities.nationalities import is_nationality_word
from pipelines.wordlists import NAME_PARTICLES

if TYPE_CHECKING:
    from pipelines.entities.common_words import CommonWords
    from pipelines.entities.state import State

PARTICLES = NAME_PARTICLES | MORE_PARTICLES
NOT_GIVEN_NAME_LABELS = frozenset({"PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
"""Model labels of a one-word mention this pass does not read as a given name: a person's is
:mod:`short_forms`'s, and a work, a product, an event or a law is often named after a person
("Ray", "Oliver!")."""


def particle_surnames(words: tuple[str, ...]) -> list[str]:
    """The keys of a full name's surnames that open with a particle: from each particle after the
    first word on, when one capitalised word at least follows ("el guerrouj" of "hicham el
    guerrouj")."""
    return [" ".join(words[j:]) for j in range(1, len(words) - 1) if words[j] in PARTICLES]


def given_name_candidate(st: State, i: int) -> bool:
    """Mention i may be a given name alone (see the module docstring) before the article and the
    corpus are asked: one word, no acronym, a label :data:`NOT_GIVEN_NAME_LABELS` leaves, no place
    of the gazetteer, no nationality, no context cue but PERSON."""
    s = st.surf[i]
    return (
        s is not None
        and s.plain_word
        and st.labels[i] not in NOT_GIVEN_NAME_LABELS
        and s.name[:1].isupper()
        and not any(ch.isupper() for ch in s.name[1:])  # "TiVo": a brand's spelling, no given name
        and gazetteer.lookup(s.key) is None
        and not is_nationality_word(s.key)
        and not is_demonym(s.key)
        and all(label == "PERSON" for label, _ in st.cues.get(i, ()))
    )


@dataclass
class GivenNamesAlone:
    """The one-word mentions that may be a given name alone, and the corpus's words that say which
    full names of their articles they may join (see the module docstring)."""

    mentions: set[int]
    first_names: set[str]  # given names of :mod:`given_names` and first names of the corpus
    common: CommonWords | None
    thing_words: set[str]  # words the model reads as a thing's name more than a person's, no surnames

    @classmethod
    def of(cls, st: State) -> GivenNamesAlone:
        candidates = [i for i in st.live() if given_name_candidate(st, i)]
        keys = {st.surf[i].key for i in candidates}
        if not keys:
            return cls(set(), set(), None, set())
        opens: Counter = Counter()  # names of things (two words or more) each key opens
        lasts: set[str] = set()  # last words of the person names they open
        ends: Counter = Counter()  # person names (two words or more) each word ends
        persons: set[str] = set()
        things: set[str] = set()
        heads: Counter = Counter()  # names of things minus person names each word opens
        for i in st.live():
            s = st.surf[i]
            if s is None or s.ntok < 2:
                continue
            head, last = s.key.split(" ", 1)[0], s.key.rsplit(" ", 1)[-1]
            if st.labels[i] == "PERSON":
                if s.key not in persons:
                    persons.add(s.key)
                    ends[last] += 1
                    heads[head] -= 1
                    if head in keys:
                        lasts.add(last)
            elif s.key not in things:
                things.add(s.key)
                heads[head] += 1
                if head in keys:
                    opens[head] += 1
        readings: dict[str, Counter] = {w: Counter() for w in lasts}
        for i in st.live():
            s = st.surf[i]
            if s is not None and s.ntok == 1 and s.key in readings:
                readings[s.key][st.labels[i] == "PERSON"] += 1
        common = st.common_words(keys | lasts)
        found = {
            i for i in candidates if opens[st.surf[i].key] == 0 and not common.written_in_lower_case(st.surf[i].key)
        }
        # a word alone the model calls a thing more than a person, or that opens more names of things
        # than of people ("Sony" of "Sony Corp"), and no surname of another person
        alone = {w for w, n in readings.items() if (n[False] > n[True] or heads[w] > 0) and ends[w] < 2}
        return cls(found, set(given_names()) | st.first_names, common, alone)

    def full_names(self, key: str, cands: set[str]) -> set[str]:
        """The full names ``cands`` opening with ``key`` that a given name alone may join: any when
        it is a given or first name, else those ending in a word the corpus never writes in lower
        case, nor calls a thing alone or opens more names of things with than of people, unless it ends
        other person names too ("Haile Gebrselassie",
        "Carlton Cole"; not "Bollywood Dreams", "Bridgend Sony")."""
        if key in self.first_names or self.common is None:
            return cands
        return {
            k
            for k in cands
            if not self.common.written_in_lower_case(last := k.rsplit(" ", 1)[-1]) and last not in self.thing_words
        }
