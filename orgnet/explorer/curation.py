"""Corrections asked for in the Explorer's side panel, written to ``curations.yaml`` (:mod:`orgnet.curate`).

The panel sends ``{"type": "curate", "action": "distinct" | "reject", ...}``; :func:`correct`
checks the request against the network and writes the entry, :func:`reply` makes the answer
the panel shows (what the next build changes, or what is wrong).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Mapping

import pandas as pd

from .. import vocabulary
from ..errors import InputError
from ..graph.lookup import node_label

__all__ = ["correct", "merge_pairs", "reply"]


def merge_pairs(merges: pd.DataFrame, node: str) -> set[tuple[str, str]]:
    """The (name, other name) pairs ``merges.csv`` joined into `node`."""
    if not len(merges):
        return set()
    m = merges[merges["entity"] == node]
    return {(str(a), str(b)) for a, b in zip(m["name"], m["other_name"])}


def _reject(G: Any, folder: Path, edge: tuple, who: str, why: str) -> str:
    from .. import curate

    u, v, k = edge
    rel = G.edges[u, v, k].get("relation", k)
    where = curate.reject(folder, link=(u, rel, v), reason=why, author=who).split(":", 1)[0]
    return (
        f"{where}: on the next build the link {node_label(G, u)} \u2192 "
        f"{vocabulary.relations().get(rel, {}).get('label', rel)} \u2192 {node_label(G, v)} "
        "and its claims are left out"
    )


def correct(
    request: Mapping, *, G: Any, folder: Path | None, merges: pd.DataFrame, edge_by_id: Mapping[str, tuple]
) -> str:
    """Write the ``curations.yaml`` entry in `folder` a side-panel request asks for; return what
    the next build changes (see :meth:`orgnet.explorer.Explorer.correct`).

    Raises
    ------
    orgnet.errors.InputError
        Without a documents folder, without author or reason, or for a node, merge or link
        the network does not have.
    """
    from .. import curate

    if folder is None:
        raise InputError("no documents folder: give Explorer(..., curations=FOLDER) to record corrections")
    who, why = str(request.get("author") or "").strip(), str(request.get("reason") or "").strip()
    if not who or not why:
        raise InputError("fill in author and reason: both are kept with the entry")
    action = request.get("action")
    if action == "distinct":
        node, names = str(request.get("node") or ""), request.get("names")
        if not (
            isinstance(names, list) and len(names) == 2 and (str(names[0]), str(names[1])) in merge_pairs(merges, node)
        ):
            raise InputError(f"{names!r} is not a merge of node {node!r} in merges.csv")
        said = curate.distinct(folder, str(names[0]), str(names[1]), reason=why, author=who)
    elif action == "reject":
        edge = edge_by_id.get(str(request.get("edge") or ""))
        if edge is None:
            raise InputError(f"no link {request.get('edge')!r} in the network")
        said = _reject(G, folder, edge, who, why)
    else:
        raise InputError(f"unknown correction {action!r}: 'distinct' or 'reject'")
    return f"{said}. Rebuild to see it."


def reply(content: Any, correct: Callable[[Any], str]) -> dict | None:
    """The answer to a side panel's message `content` (None: not a correction): ``ok`` and the
    `correct` function's text, or what is wrong."""
    if not isinstance(content, dict) or content.get("type") != "curate":
        return None
    out = {"type": "curated", "request": content.get("request"), "key": content.get("key")}
    try:
        out.update(ok=True, text=correct(content))
    except Exception as exc:  # shown in the panel: a message handler's errors would otherwise go to a log
        out.update(ok=False, text=str(exc))
    return out
