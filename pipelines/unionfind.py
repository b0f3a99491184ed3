"""Disjoint sets (union-find with path compression), for grouping by transitive links: entity
keys that name one thing, articles that copy one another."""

from __future__ import annotations

from collections.abc import Hashable


class UnionFind:
    """Groups of hashable items; an item never seen is a group of its own."""

    def __init__(self) -> None:
        self.parent: dict[Hashable, Hashable] = {}

    def find(self, x: Hashable) -> Hashable:
        """The root of x's group."""
        parent = self.parent
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: Hashable, b: Hashable) -> bool:
        """Attach a's group to b's group, whose root stays the root. False when they were
        one group already."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[ra] = rb
        return True
