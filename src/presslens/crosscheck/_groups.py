"""Joining pairwise matches into groups (the connected components of the pairs)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

T = TypeVar("T")


def connected_groups(items: Sequence[T], pairs: Iterable[tuple[int, int]]) -> list[list[T]]:
    """``items`` grouped so that the two indices of every pair share a group.

    Groups come in the order of their first item, and items keep their order
    within a group; an item in no pair is a group of its own.
    """
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in pairs:
        parent[find(i)] = find(j)
    groups: dict[int, list[T]] = {}
    for i, item in enumerate(items):
        groups.setdefault(find(i), []).append(item)
    return list(groups.values())
