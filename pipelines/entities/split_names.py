"""Names the small model split in two (issue 11): two mentions one space apart whose words together are
a name the corpus's mentions name whole elsewhere are one mention of that name ("the [Liberal]
[Democrat] leader", "told [BBC Radio] [Five Live]", "[UK] [Independence Party]", "[Swiss] [Re]",
"Lancashire town of [Newton] [Aycliffe]" only where "Newton Aycliffe" is spanned whole somewhere), and
so are two whose words together are a place of the gazetteer, which takes its label ("the [Scottish]
[Borders]": a county, not the bookseller); so are two mentions either side of "of" or "of the" that
make a known title or name ("[Eternal Sunshine] of [the Spotless Mind]"; not "[Jake White] of [South
Africa]", nor "[Labour] of [Robert Jackson]"), in a pass after :mod:`cut_names` widened other mentions
to whole names. A second mention that is only a word for a kind of place or building belongs to the
name before it, known or not: "offices in [Kentish] [Town]", "down [Oxford] [Street]". Not after a
possessive ("[Manchester United's] [Alex Ferguson]"), nor two names no mention names together ("told
the [BBC] [Michael Howard] has", "giant [ISP] [AOL]"). The joined mention takes the label the corpus
gives the name most often ("[BBC Radio] [Five Live]" a station's, not a work's). A first mention of
titles only joins the name after it ("[the Rt Rev Dr] [Tom Wright]"). Each pair of neighbouring
mentions is read once, so the pass is linear."""

from __future__ import annotations

from pipelines.entities import gazetteer
from pipelines.entities.surfaces import analyse
from pipelines.entities.title_tails import title_head

JOIN_REASON = "joined to the next name"
SPACE = frozenset({" "})
OF_LINKS = frozenset({" of ", " of the "})
"""What may stand between the two halves of a known name besides a space: "of" ("[Eternal
Sunshine] of [the Spotless Mind]", "[Royal Bank] of [Scotland]"; never a place word then)."""
PLACE_KIND_WORDS = frozenset(
    """Town City Park Street Square Road Bridge Hill Hall Lane Avenue Green Gate Cross Court Centre
    Stadium Station Airport Abbey Castle Palace Tower Heath Common Village Gardens Wharf Quay""".split()
)
"""Words for a kind of place or building, which a name spanned alone never is: spanned alone right
after a name, they end it ("[Kentish] [Town]")."""


def name_labels(st) -> dict[str, dict[str, int]]:
    """Match key -> model label -> live mentions: the names the corpus's mentions name whole."""
    known: dict[str, dict[str, int]] = {}
    for i in st.live():
        labels = known.setdefault(st.surf[i].key, {})
        labels[st.labels[i]] = labels.get(st.labels[i], 0) + 1
    return known


def usual_label(labels: dict[str, int]) -> str:
    """The label the corpus gives a name most often (the first of a tie)."""
    return max(labels, key=labels.get)


def join_split_names(st, links: frozenset[str] = SPACE) -> None:
    """Join the neighbouring mentions ``links`` part that make one known name (see the module
    docstring); ``st`` is the canonicaliser's ``state.State``, not imported: that would be a
    cycle."""
    known = name_labels(st)
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid, "")
        joined = False
        for i, j in zip(idx, idx[1:]):
            if (
                st.surf[i] is None
                or (gap := text[st.ends[i] : st.starts[j]]) not in links
                or text.endswith(("'s", "’s", "'", "’"), 0, st.ends[i])
            ):
                continue
            s = analyse(text[st.starts[i] : st.ends[j]], st.labels[j])
            place = gap == " " and text[st.starts[j] : st.ends[j]] in PLACE_KIND_WORDS and st.labels[i] != "NORP"
            if isinstance(s, str) or s.key == st.surf[i].key:
                continue
            found = gazetteer.lookup(s.key) if gap == " " and s.key not in known and not place else None
            if s.key not in known and not place and found is None:
                continue
            if found is not None:
                st.labels[j] = found.label  # "the [Scottish] [Borders]": a county, not the bookseller
            if gap != " " and not s.key.startswith(st.surf[i].key):
                continue  # "[Labour] of [Robert Jackson]" read as the person's name
            st.labels[j] = (
                usual_label(known[s.key]) if s.key in known else st.labels[j]
            )  # "[BBC Radio] [Five Live]": a station's, as elsewhere
            tail = st.starts[j] + (4 if text.startswith("the ", st.starts[j]) else 0)
            if gap != " " and title_head(text, tail, set()) is not None:
                st.kind_votes[j] = "WORK_OF_ART"  # "Eternal Sunshine of the Spotless Mind", a title's shape
            st.surf[j], st.starts[j] = analyse(text[st.starts[i] : st.ends[j]], st.labels[j]), st.starts[i]
            st.surf[i] = None
            st.junk[JOIN_REASON] += 1
            joined = True
        if joined:
            st.by_article[aid] = [i for i in idx if st.surf[i] is not None]
