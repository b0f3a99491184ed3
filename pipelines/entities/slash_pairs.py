"""Names joined by a slash (pass 2d of :mod:`pipelines.entities.canonical`, after the span
cuts): "the [Brown/Blair] feud", "an [Angolan/French] production", "[Buckland/Cockerill]" in a
line-up are two people or two nationalities written as one word, not an organisation. A span of
two or more capitalised words joined by slashes, each of them a person's name or surname or a
nationality elsewhere in the corpus, is junk; a name written with a slash ("Nielsen/NetRatings",
"TCP/IP", "AC/DC", "Blue Gene/L", "Nip/Tuck") has a piece in capitals, a one-letter piece or a
piece no person bears, and stays. Each mention is read once, so the pass is linear."""

from __future__ import annotations

from pipelines.entities.keys import match_key

JUNK_REASON = "names joined by a slash"
PEOPLE_LABELS = frozenset({"PERSON", "NORP"})
"""Labels of the names a slash joins in a pair of people or of nationalities."""


def _pieces(name: str) -> list[str] | None:
    """The words a one-word ``name`` joins with slashes, when each is a capitalised word."""
    if " " in name or "/" not in name:
        return None
    parts = name.split("/")
    if len(parts) < 2 or not all(len(p) > 1 and p.isalpha() and p[0].isupper() and p[1:].islower() for p in parts):
        return None
    return parts


def drop_slash_pairs(st) -> None:
    """Drop the live mentions that join people's names or nationalities with a slash; ``st`` is
    the canonicaliser's ``state.State``, not imported: that would be a cycle."""
    live = st.live()
    pairs = [(i, p) for i in live if (p := _pieces(st.surf[i].name)) is not None]
    if not pairs:
        return
    people = set()
    for i in live:
        if st.labels[i] in PEOPLE_LABELS and "/" not in st.surf[i].name:
            people.add(st.surf[i].key.rsplit(" ", 1)[-1])  # "Tom Grant": Grant
    for i, parts in pairs:
        if all(match_key(p) in people for p in parts):
            st.surf[i] = None
            st.junk[JUNK_REASON] += 1
    for aid, idx in st.by_article.items():
        st.by_article[aid] = [i for i in idx if st.surf[i] is not None]
