"""Average linkage of new articles with the stories already stored (see
:mod:`pipelines.stories.incremental`)."""

from __future__ import annotations

import heapq

Node = int | str
"""A cluster: a new article by its position (int), a stored story by its id (str)."""


def attach(nodes: list[int], stories: dict[str, int], sums: dict[tuple[int, Node], float]) -> dict[int, Node]:
    """Average linkage of new nodes (size 1) and fixed clusters (stored stories, by id, with
    their sizes): greedily, best pair first, two clusters merge while the mean evidence over all
    pairs between them (``sums`` gives each new node's total with a node or story) is at least 1,
    except two stored stories, which never merge. Returns each node's cluster: a story id or the
    smallest node of a new group. As :func:`pipelines.stories.linkage.average_linkage`, plus
    sizes and fixed clusters."""
    size: dict[Node, int] = {v: 1 for v in nodes} | dict(stories)
    between: dict[Node, dict[Node, float]] = {v: {} for v in size}
    for (a, b), w in sums.items():
        if b in between:
            between[a][b] = between[a].get(b, 0.0) + w
            between[b][a] = between[b].get(a, 0.0) + w
    members: dict[Node, list[int]] = {v: [v] for v in nodes} | {s: [] for s in stories}

    def entry(a: Node, b: Node) -> tuple | None:
        if isinstance(a, str) and isinstance(b, str):
            return None
        mean = between[a].get(b, 0.0) / (size[a] * size[b])
        return (-mean, *sorted((str(a), str(b))), a, b) if mean >= 1.0 else None

    heap = [e for a in between for b in between[a] if str(a) < str(b) and (e := entry(a, b))]
    heapq.heapify(heap)
    while heap:
        neg, _, _, a, b = heapq.heappop(heap)
        if a not in size or b not in size or (e := entry(a, b)) is None or e[0] != neg:
            continue  # stale: a side was merged away or changed
        if isinstance(b, str) or isinstance(a, int) and b < a:
            a, b = b, a  # keep the stored story, else the smaller node
        for c, w in between.pop(b).items():
            if c != a:
                between[a][c] = between[a].get(c, 0.0) + w
                between[c][a] = between[c].get(a, 0.0) + between[c].pop(b)
        between[a].pop(b, None)
        size[a] += size.pop(b)
        members[a].extend(members.pop(b))
        for c in between[a]:
            if e := entry(a, c):
                heapq.heappush(heap, e)
    return {v: key for key, vs in members.items() for v in vs}
