from __future__ import annotations

from presslens.crosscheck._groups import connected_groups


def test_groups_join_chains_and_keep_first_appearance_order() -> None:
    items = ["a", "b", "c", "d", "e"]
    # d-b and b-e chain into one group; c stands alone; order follows the first item
    assert connected_groups(items, [(3, 1), (1, 4)]) == [["a"], ["b", "d", "e"], ["c"]]
    assert connected_groups(items, []) == [[x] for x in items]
    assert connected_groups([], []) == []
