"""Greedy average-linkage clustering of a sparse similarity graph."""

from __future__ import annotations

import heapq


def average_linkage(nodes: list[int], edges: dict[tuple[int, int], float]) -> dict[int, int]:
    """Greedy average-linkage clustering of a sparse similarity graph.

    Two clusters merge, best pair first, while the mean evidence over all pairs between them
    (absent pairs count 0) is at least 1. Returns node -> cluster key (its smallest node).
    Deterministic: ties go to the smaller keys, and keys are positions in the canonical order.
    """
    size = {v: 1 for v in nodes}
    sums: dict[int, dict[int, float]] = {v: {} for v in nodes}
    for (a, b), w in edges.items():
        sums[a][b] = sums[a].get(b, 0.0) + w
        sums[b][a] = sums[b].get(a, 0.0) + w
    members = {v: [v] for v in nodes}
    heap = [(-w, min(a, b), max(a, b)) for (a, b), w in edges.items() if w >= 1.0]
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in size or b not in size:
            continue  # stale: one side was merged away
        mean = sums[a].get(b, 0.0) / (size[a] * size[b])
        if abs(mean + neg) > 1e-12:
            continue  # stale: the groups changed since this entry was pushed
        if mean < 1.0:
            continue
        # merge b into a (a < b: the key stays the smallest node)
        sb = sums.pop(b)
        sa = sums[a]
        sa.pop(b, None)
        sb.pop(a, None)
        for c, w in sb.items():
            sa[c] = sa.get(c, 0.0) + w
            sc = sums[c]
            sc[a] = sc.get(a, 0.0) + sc.pop(b)
        size[a] += size.pop(b)
        members[a].extend(members.pop(b))
        for c, w in sa.items():
            m = w / (size[a] * size[c])
            if m >= 1.0:
                heapq.heappush(heap, (-m, min(a, c), max(a, c)))
    out: dict[int, int] = {}
    for key, vs in members.items():
        for v in vs:
            out[v] = key
    return out
