"""Disjoint sets: groups by transitive links, the second item's root kept."""

from pipelines.unionfind import UnionFind


def test_groups_are_transitive_and_keep_the_target_root() -> None:
    uf = UnionFind()
    assert uf.union("b", "a") and uf.union("c", "b")
    assert not uf.union("c", "a")  # one group already
    assert {uf.find(x) for x in "abc"} == {"a"}
    assert uf.find("z") == "z"  # never seen: a group of its own
    assert uf.union("a", "z") and uf.find("c") == "z"
