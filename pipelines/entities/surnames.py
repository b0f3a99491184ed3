"""Pass 5, short forms across articles: a bare surname left unresolved in its article goes to a
full person name from other articles only when its article shares distinctive entities with
the articles naming that person (:mod:`pipelines.entities.context`), and clearly more than with
any other person of that surname. Never on a word that is no surname: a first name (one that
opens the corpus's full person names far more often than it ends them, ``full_names.first_names``:
"David" is not Craig David), a common word (written in lower case more often than capitalised: "Mr Law" is not
Andrew Bonar Law), a word after a determiner ("the 22-year-old Scot" is not Eleanor Scott) or
after a capitalised word of a longer name the model cut ("AOL Instant [Messenger]"), a
known place, a word the model mostly calls something else; never where it was ambiguous in its
own article, nor to a name whose first word does not open with the initial written before it ("M
[Johnson] (capt)" in a line-up is no W Johnson of the same article). Without such evidence it
stays its own entity ("Lord Ashcroft" is not "Dan Ashcroft"). A common surname, one that ends
several full names of the corpus, needs more shared entities (``surname_minimum``): its
namesakes are many, and two articles share a channel and a country by chance ("Harris" on ITV1
and BBC One is not Robert Harris)."""

from __future__ import annotations

from collections import Counter, defaultdict

from pipelines.entities import gazetteer
from pipelines.entities.common_words import CommonWords
from pipelines.entities.context import MIN_SHARED_ENTITIES, Context, pick
from pipelines.entities.junk import after_determiner, after_name_word
from pipelines.entities.state import MergeReason, NodeStats, State
from pipelines.entities.surname_links import initial_before, with_initial

NOT_PERSON_SHARE = 0.8
"""A word whose votes are more than this share for labels other than PERSON ("America" as GPE,
"Labour" as ORG) is not a surname ..."""
NOT_PERSON_MIN_MENTIONS = 5
"""... once it has at least this many mentions."""
COMMON_SURNAME_NAMES = 3
"""A surname that ends this many full person names of the corpus (its candidates) is common
("Harris", "Ross", "Martin", "Mills" in BBC's 2,225 articles; "Gaviria" or "Prso" end one) ..."""
COMMON_SURNAME_SHARED = 3
"""... and goes to one of them only when its article shares this many distinctive entities with
the articles naming it (a rare surname: MIN_SHARED_ENTITIES). On BBC, the links on two shared
entities were half wrong for common surnames (Morgan, Harris, Ross, Mills: namesakes), all but
right for rare ones."""


def surname_minimum(n_names: int) -> int:
    """Shared distinctive entities a bare surname ending ``n_names`` full names needs."""
    return COMMON_SURNAME_SHARED if n_names >= COMMON_SURNAME_NAMES else MIN_SHARED_ENTITIES


def _surname_index(st: State, nodes: NodeStats, person_evidence: Counter) -> tuple[dict, dict]:
    """Last word -> roots of the full person names with it; root -> the articles naming it."""
    root_articles: dict[str, set[str]] = defaultdict(set)
    for i in st.live():
        root_articles[st.uf.find(st.node[i])].add(st.art_ids[i])
    index: dict[str, set[str]] = defaultdict(set)
    for k in nodes.mentions:
        if " " in k and person_evidence.get(k) and nodes.majority(k) == "PERSON":
            index[k.rsplit(" ", 1)[1]].add(st.uf.find(k))
    return index, root_articles


def _mostly_not_person(nodes: NodeStats, key: str) -> bool:
    votes = nodes.votes.get(key, Counter())
    total = sum(votes.values()) or 1.0
    return 1 - votes.get("PERSON", 0) / total > NOT_PERSON_SHARE and nodes.mentions[key] >= NOT_PERSON_MIN_MENTIONS


def _may_be_surname(st: State, nodes: NodeStats, key: str, acronyms: set[str]) -> bool:
    if st.uf.find(key) != key or key in acronyms or _mostly_not_person(nodes, key):
        return False
    place = gazetteer.lookup(key)
    return place is None or (place.strength < gazetteer.STRONG and nodes.majority(key) == "PERSON")


def _candidates(st: State, index: dict[str, set[str]]) -> list[int]:
    """The one-word mentions left unresolved in their article whose word ends a full person name."""
    return [
        i
        for i in st.live()
        if i not in st.resolved
        and i not in st.ambiguous
        and st.surf[i].ntok == 1
        and not st.surf[i].acronym
        and st.labels[i] != "NORP"
        and st.surf[i].key in index
        and (st.art_ids[i], st.surf[i].key) not in st.group_uses
    ]


def resolve_across_articles(
    st: State, nodes: NodeStats, person_evidence: Counter, acronyms: set[str], context: Context
) -> None:
    index, root_articles = _surname_index(st, nodes, person_evidence)
    todo = [i for i in _candidates(st, index) if st.surf[i].key not in st.first_names]
    texts = (st.article_text[aid] for aid in sorted(st.article_text))  # one order whatever the rows'
    common = CommonWords(texts, {st.surf[i].key for i in todo})
    surname: dict[str, bool] = {}
    decided: dict[tuple[str, str, str | None], str | None] = {}
    for i in todo:
        s = st.surf[i]
        cands = index[s.key]
        if s.key not in surname:
            surname[s.key] = not common.is_common(s.key) and _may_be_surname(st, nodes, s.key, acronyms)
        aid = st.art_ids[i]
        text = st.article_text.get(aid) or ""
        if not surname[s.key] or after_determiner(text, st.starts[i]) or after_name_word(text, st.starts[i]):
            continue
        initial = initial_before(text, st.starts[i])  # "M [Johnson]" in a line-up is no W Johnson
        if (aid, s.key, initial) not in decided:
            scores = {r: context.shared(aid, r, root_articles[r], {s.key, r}) for r in with_initial(cands, initial)}
            decided[aid, s.key, initial] = pick(scores, surname_minimum(len(cands)))
        target = decided[aid, s.key, initial]
        if target is not None:
            st.node[i] = target
            st.resolved[i] = MergeReason.SHORT_FORM_CO_MENTIONS
