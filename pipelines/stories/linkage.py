"""Greedy complete-linkage clustering of a sparse similarity graph."""

from __future__ import annotations


def complete_linkage(nodes: list[int], edges: dict[tuple[int, int], float]) -> dict[int, int]:
    """Greedy complete-linkage clustering of a sparse evidence graph.

    Edges of evidence 1 or more are taken best first (ties to the smaller nodes); an edge
    merges its two clusters only when *every* pair across them is such an edge. A story never
    chains: a hub resembling two unrelated reports joins one of them, and each member of a
    story is linked to every other. Returns node -> cluster key (its smallest node).
    Deterministic: keys are positions in the canonical order.
    """
    linked: dict[int, set[int]] = {v: set() for v in nodes}
    for (a, b), w in edges.items():
        if w >= 1.0:
            linked[a].add(b)
            linked[b].add(a)
    members = {v: [v] for v in nodes}
    key = {v: v for v in nodes}
    strong = sorted(((-w, a, b) for (a, b), w in edges.items() if w >= 1.0))
    for _, a, b in strong:
        ka, kb = key[a], key[b]
        if ka == kb:
            continue
        if not all(y in linked[x] for x in members[ka] for y in members[kb]):
            continue
        keep, gone = min(ka, kb), max(ka, kb)
        for v in members[gone]:
            key[v] = keep
        members[keep].extend(members.pop(gone))
    return key
