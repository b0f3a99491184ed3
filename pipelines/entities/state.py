"""The working state the canonicaliser's passes share: one row per input mention (its surface,
the match key it currently points at, why it was resolved), and statistics per match key."""

from __future__ import annotations

import enum
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import polars as pl

from pipelines.entities.award_names import widen_award_names
from pipelines.entities.bills import drop_generic_laws, widen_bills
from pipelines.entities.body_lists import widen_body_lists
from pipelines.entities.club_names import widen_club_names
from pipelines.entities.common_acronyms import drop_common_acronyms
from pipelines.entities.common_words import CommonWords, word_counts
from pipelines.entities.constituencies import cut_members
from pipelines.entities.coordinations import widen_departments
from pipelines.entities.country_ands import widen_country_ands
from pipelines.entities.cut_names import widen_cut_names
from pipelines.entities.epithets import widen_epithets
from pipelines.entities.glued_names import cut_glued_words
from pipelines.entities.glued_pairs import cut_glued_pairs
from pipelines.entities.inner_ands import widen_inner_ands
from pipelines.entities.inner_cuts import widen_inner_cuts
from pipelines.entities.junk import drop_common_words, drop_linked_pieces, junk_spans, place_context
from pipelines.entities.keys import match_key
from pipelines.entities.labels import add_vote, argmax
from pipelines.entities.lead_words import cut_lead_words
from pipelines.entities.lineups import is_heading, team_size
from pipelines.entities.lone_names import LONE_PERSON_WEIGHT
from pipelines.entities.lone_roles import drop_lone_roles
from pipelines.entities.model_numbers import widen_model_numbers
from pipelines.entities.name_ends import widen_name_ends
from pipelines.entities.name_spans import narrow, narrow_tails, widen_given_names
from pipelines.entities.opening_words import drop_opening_verb_forms
from pipelines.entities.saints import widen_saints
from pipelines.entities.slash_pairs import drop_slash_pairs
from pipelines.entities.span_cuts import cut_spans
from pipelines.entities.span_edges import widen_dropped_g, widen_forces
from pipelines.entities.split_names import OF_LINKS, join_split_names
from pipelines.entities.surfaces import Surface, analyse
from pipelines.entities.table_rows import cut_table_rows
from pipelines.entities.title_tails import widen_title_tails
from pipelines.entities.trailing_honorifics import cut_trailing_honorifics
from pipelines.unionfind import UnionFind
from pipelines.wordlists import LEGAL_FORMS


class Evidence(enum.StrEnum):
    """What a merge rests on, beyond the two strings."""

    SAME_ARTICLE = "same article"  # the full form is named in the mention's own article
    CO_MENTIONS = "shared entities"  # the articles share distinctive co-mentioned entities
    GAZETTEER = "gazetteer"  # two names of one place
    STRING = "string"  # the same name written otherwise (case, spelling, title, handle)


class MergeReason(enum.StrEnum):
    """Why a surface form names an entity under another name (the merges report)."""

    SHORT_FORM_IN_ARTICLE = "short form in article"
    FIRST_NAME_IN_ARTICLE = "first name in article"
    PARTIAL_NAME_IN_ARTICLE = "partial name in article"
    ACRONYM_DEFINED = "acronym defined in its article"
    ACRONYM_COOCCURS = "acronym and expansion in one article"
    ACRONYM_CO_MENTIONS = "acronym, articles share entities"
    GAZETTEER_VARIANT = "gazetteer variant"
    SHORT_FORM_CO_MENTIONS = "short form, articles share entities"
    HANDLE = "handle"
    VARIANT = "variant"
    TITLE = "title or honorific"
    SPELLING = "case or spelling variant"

    @property
    def is_acronym(self) -> bool:
        return self in (MergeReason.ACRONYM_DEFINED, MergeReason.ACRONYM_COOCCURS, MergeReason.ACRONYM_CO_MENTIONS)

    @property
    def evidence(self) -> Evidence:
        if self in (MergeReason.ACRONYM_CO_MENTIONS, MergeReason.SHORT_FORM_CO_MENTIONS):
            return Evidence.CO_MENTIONS
        if self is MergeReason.GAZETTEER_VARIANT:
            return Evidence.GAZETTEER
        if self in (MergeReason.HANDLE, MergeReason.VARIANT, MergeReason.TITLE, MergeReason.SPELLING):
            return Evidence.STRING
        return Evidence.SAME_ARTICLE


SPELLED_LEGAL_FORMS = LEGAL_FORMS - {"ag", "sa", "nv", "bv"}
"""Legal forms that abbreviate nothing else: a name made only of legal forms, one of them from
this set ("Co", "Co Ltd", "Corp": a company's name cut off before its legal form), names no
company and would join every firm so cut. "SA" (South Africa), "AG" or "NV" alone may be a
place or a person's initials."""

NATIONALITY_NAME_WORDS = 3
"""Words of a person's name whose first word may be a nationality ("Briton Clive Owen")."""


@dataclass
class State:
    """Per-mention columns (in article, offset order) and what the passes decided about them."""

    art_ids: list[str]
    labels: list[str]
    starts: list[int]
    ends: list[int]
    article_text: dict[str, str]
    surf: list[Surface | None] = field(default_factory=list)
    node: list[str] = field(default_factory=list)  # match key each mention points at
    in_place_context: list[bool] = field(default_factory=list)
    by_article: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    junk: Counter = field(default_factory=Counter)
    resolved: dict[int, MergeReason] = field(default_factory=dict)  # short forms sent to a full name
    ambiguous: set[int] = field(default_factory=set)  # short forms with several candidates
    uf: UnionFind = field(default_factory=UnionFind)
    merge_reason: dict[str, MergeReason] = field(default_factory=dict)  # key -> why it joined another
    attached: dict[int, tuple[str, MergeReason]] = field(default_factory=dict)  # mention -> (key it joins, why)
    # set by cues.note_cues: mention -> its context's label votes; words that open full person names
    cues: dict[int, list[tuple[str, float]]] = field(default_factory=dict)
    first_names: set[str] = field(default_factory=set)
    repeats: set[int] = field(default_factory=set)  # a name's later mentions in its article
    person_votes: set[int] = field(default_factory=set)  # model labels read as PERSON (given_places)
    lone_persons: set[int] = field(default_factory=set)  # weak PERSON readings (lone_names)
    group_uses: set[tuple[str, str]] = field(default_factory=set)  # (article, key) used as a group's (group_uses)
    kind_votes: dict[int, str] = field(default_factory=dict)  # model labels read otherwise (group_uses, titles)
    group_persons: set[str] = field(default_factory=set)  # person names a group use keeps a word from
    players: set[int] = field(default_factory=set)  # players in a line-up (cues.label_cues, lineups)
    lists: list[list[int]] = field(default_factory=list)  # lists of names, each in order (cues.label_cues)
    _word_counts: Counter | None = None  # the corpus's words, counted once for every pass (common_words)

    def common_words(self, words: Iterable[str]) -> CommonWords:
        """The corpus's counts of ``words`` (:class:`common_words.CommonWords`), from one count of
        the articles' words shared by every pass that asks."""
        if self._word_counts is None:
            self._word_counts = word_counts(self.article_text.values())
        return CommonWords(self.article_text.values(), words, self._word_counts)

    @property
    def n(self) -> int:
        return len(self.labels)

    def vote_label(self, i: int) -> str:
        """The label mention i's model label votes for (PERSON for a given name tagged GPE, ORG for a
        name its article uses as a group's, WORK_OF_ART for a title: ``kind_votes``)."""
        if i in self.kind_votes:
            return self.kind_votes[i]
        return "PERSON" if i in self.person_votes else self.labels[i]

    def surface_weight(self, i: int) -> float:
        """The weight of what mention i's surface says in the label vote (:mod:`lone_names`)."""
        return LONE_PERSON_WEIGHT if i in self.lone_persons and i not in self.resolved else 1.0

    def drop_joined(self, inside: Iterable[int], reason: str) -> bool:
        """Drop the mentions a widened name took in ("[Airbus] [A320]" → "Airbus A320"): junk,
        counted under ``reason``; whether any was dropped."""
        dropped = 0
        for j in inside:
            self.surf[j] = None
            dropped += 1
        if dropped:
            self.junk[reason] += dropped
        return dropped > 0

    def live(self) -> list[int]:
        """Indexes of the mentions that are not junk."""
        return [i for i, s in enumerate(self.surf) if s is not None]

    def root(self, i: int) -> str:
        """The entity (root key) mention i ends in: that of the key it was attached to, else its own."""
        return self.uf.find(self.attached[i][0] if i in self.attached else self.node[i])

    def union(self, a: str, b: str, reason: MergeReason) -> None:
        """Attach a's group to b's, noting why (for the merges report)."""
        root = self.uf.find(a)
        if self.uf.union(a, b):
            self.merge_reason.setdefault(a, reason)
            self.merge_reason.setdefault(root, reason)


@dataclass
class Clues:
    """What the articles say: acronym -> expansion key -> articles defining it or naming both
    (corpus-wide, and per (article, acronym)); full person name key -> articles naming it as a
    person."""

    acr_defined: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    acr_cooc: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    defined_here: dict[tuple[str, str], Counter] = field(default_factory=lambda: defaultdict(Counter))
    cooc_here: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    person_evidence: Counter = field(default_factory=Counter)


def load_state(mentions: pl.DataFrame, articles: pl.DataFrame | None) -> State:
    """The state of sorted mentions after surface analysis and context junk (passes 1-2)."""
    article_text = article_texts(articles)
    art_ids = mentions["article_id"].cast(pl.String).to_list()
    texts = mentions["text"].to_list()
    st = State(
        art_ids=art_ids,
        labels=article_labels(art_ids, texts, mentions["model_label"].to_list()),
        starts=mentions["start_char"].to_list(),
        ends=mentions["end_char"].to_list(),
        article_text=article_text,
    )
    st.surf = [None] * st.n
    for i, text in enumerate(texts):
        s = analyse(text or "", st.labels[i] or "")
        if not isinstance(s, str) and legal_form_alone(s.key):
            s = "legal form alone"
        if isinstance(s, str):
            st.junk[s] += 1
            continue
        st.surf[i] = s
        st.by_article[st.art_ids[i]].append(i)
    _drop_context_junk(st)
    drop_common_words(st)
    drop_common_acronyms(st)
    drop_opening_verb_forms(st)
    cut_spans(st)
    cut_table_rows(st)
    drop_slash_pairs(st)
    cut_trailing_honorifics(st)
    join_split_names(st)
    widen_title_tails(st)
    widen_inner_cuts(st)
    widen_country_ands(st)
    widen_inner_ands(st)
    widen_dropped_g(st)
    widen_forces(st)
    widen_model_numbers(st)
    widen_cut_names(st)
    widen_club_names(st)
    join_split_names(st, OF_LINKS)
    widen_name_ends(st)
    widen_epithets(st)
    _strip_nationalities(st)
    cut_lead_words(st)
    cut_members(st)
    cut_glued_words(st)
    cut_glued_pairs(st)
    widen_saints(st)
    narrow_tails(st)
    widen_given_names(st)
    widen_bills(st)
    widen_departments(st)
    widen_body_lists(st)
    widen_award_names(st)
    drop_generic_laws(st)  # after the passes that widen "[Parliament]" to "an [Act of Parliament]"
    drop_linked_pieces(st)
    drop_lone_roles(st)
    st.node = [s.key if s else "" for s in st.surf]
    return st


def article_texts(articles: pl.DataFrame | None) -> dict[str, str]:
    """Article id -> text."""
    if articles is None or not articles.height:
        return {}
    return dict(zip(articles["article_id"].cast(pl.String).to_list(), articles["text"].to_list()))


def legal_form_alone(key: str) -> bool:
    """Whether a match key is only legal forms, one of them SPELLED_LEGAL_FORMS ("co ltd")."""
    words = set(key.split())
    return words <= LEGAL_FORMS and bool(words & SPELLED_LEGAL_FORMS)


def _strip_nationalities(st: State) -> None:
    """A word the corpus tags NORP on its own, mostly ("Briton", "Scot", "Tory"), that opens a
    person's name of three words or more is not part of the name: "Briton Clive Owen" is Clive
    Owen (the word is dropped like a title)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for i, s in enumerate(st.surf):
        if s is not None and s.ntok == 1:
            votes[s.key][st.labels[i] == "NORP"] += 1
    norp = {k for k, v in votes.items() if v[True] > v[False]}
    if not norp:
        return
    for i, s in enumerate(st.surf):
        if s is None or s.ntok < NATIONALITY_NAME_WORDS or st.labels[i] != "PERSON":
            continue
        first, rest = s.name.split(" ", 1) if " " in s.name else (s.name, "")
        if rest[:1].isupper() and match_key(first) in norp:
            key = match_key(rest)
            st.surf[i] = replace(s, alias=rest, name=rest, key=key, ntok=len(key.split()), titled=True)
            narrow(st, i, rest)


def article_labels(art_ids: list[str], texts: list[str], labels: list[str]) -> list[str]:
    """The model's labels made one per name and article: each mention takes the label the
    model gave that text most often in its article (ties: the first in ENTITY_LABELS)."""
    votes: dict[tuple[str, str], dict[str, int]] = {}  # plain dicts: cheaper to make than Counters
    for aid, text, label in zip(art_ids, texts, labels):
        counts = votes.setdefault((aid, text), {})
        counts[label or ""] = counts.get(label or "", 0) + 1
    best = {k: argmax(v) if len(v) > 1 else next(iter(v)) for k, v in votes.items()}
    return [best[aid, text] for aid, text in zip(art_ids, texts)]


def _drop_context_junk(st: State) -> None:
    """Pass 2: mentions inside boilerplate lines and photo credits are junk; note place context."""
    st.in_place_context = [False] * st.n
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid)
        if not text:
            continue
        spans = junk_spans(text)
        keep = []
        for i in idx:
            start, end = st.starts[i], st.ends[i]
            if spans and any(a <= start and end <= b for a, b in spans):
                st.surf[i] = None
                st.junk["boilerplate"] += 1
                continue
            if text.startswith(":", end) and is_heading(text, start, end):
                st.surf[i] = None
                st.junk["line-up heading"] += 1  # "[Forwards]: Nicolas Mas, ..."
                continue
            if team_size(text, start, end):
                st.surf[i] = None
                st.junk["side's size"] += 1  # "the starting [XV]"
                continue
            keep.append(i)
            st.in_place_context[i] = place_context(text, start)
        st.by_article[aid] = keep


@dataclass
class NodeStats:
    """Per match key: label votes, mention count and the written names (resolved short forms
    vote but do not name)."""

    votes: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    mentions: Counter = field(default_factory=Counter)
    names: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    def majority(self, key: str) -> str:
        v = self.votes.get(key)
        return argmax(v) if v else "ORG"


def node_stats(st: State) -> NodeStats:
    stats = NodeStats()
    for i in st.live():
        s, k = st.surf[i], st.node[i]
        add_vote(stats.votes[k], st.vote_label(i), s, i in st.resolved, st.cues.get(i, ()), weight=st.surface_weight(i))
        stats.mentions[k] += 1
        if i not in st.resolved:
            stats.names[k][s.name] += 1
    return stats
