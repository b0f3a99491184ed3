"""Complete linkage of new articles with the stories already stored (see
:mod:`pipelines.stories.incremental`)."""

from __future__ import annotations

from pipelines.stories.linkage import complete_linkage

Node = int | str
"""A cluster: a new article by its position (int), a stored story by its id (str)."""


def attach(nodes: list[int], stories: dict[str, int], links: dict[tuple[int, Node], list[float]]) -> dict[int, Node]:
    """Complete linkage (:func:`~pipelines.stories.linkage.complete_linkage`) of new nodes and
    fixed clusters (stored stories, by id, with their numbers of originals). ``links`` gives the
    evidence of each new node with another new node (one value) or with a story's originals
    (one value per original linked). A node is linked to a story only when it is linked to every
    one of its originals (the story's strongest link orders it); two stored stories are never
    linked, so never merge. Returns each node's cluster: a story id or the smallest node of a
    new group."""
    offset = max(nodes, default=-1) + 1
    story_node = {s: offset + k for k, s in enumerate(sorted(stories))}
    edges: dict[tuple[int, int], float] = {}
    for (a, b), ws in links.items():
        if isinstance(b, str):
            if b not in story_node or len(ws) < stories[b]:
                continue
            b = story_node[b]
        edges[(a, b)] = max(ws)
    key = complete_linkage(nodes + list(story_node.values()), edges)
    story_of_cluster = {key[v]: s for s, v in story_node.items()}
    return {v: story_of_cluster.get(key[v], key[v]) for v in nodes}
