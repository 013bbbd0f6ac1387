"""What every chart shares: kind colours, text contrast, hover text, legends."""

from __future__ import annotations

import html
import textwrap

import networkx as nx

from ... import vocabulary
from ...cells import split_cell
from ...graph import to_graph
from ...tables import Tables

UNKNOWN_COLOUR = "#cccccc"
#: the base font of every chart: readable from the back of a room when projected
FONT = dict(size=15)


def kind_colour(kind: str | None) -> str:
    """The colour of a node kind (``vocab/kinds.yaml``); grey for an unknown kind.

    >>> kind_colour("person"), kind_colour(None)
    ('#17becf', '#cccccc')
    """
    return vocabulary.kinds().get(kind or "", {}).get("colour", UNKNOWN_COLOUR)


def _luminance(colour: str) -> float:
    """WCAG relative luminance of a ``#rrggbb`` (or ``#rgb``) colour."""
    h = colour.strip().lstrip("#")
    if len(h) == 3:
        h = "".join(ch * 2 for ch in h)
    try:
        channels = [int(h[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    except ValueError:
        return 1.0  # not a hex colour: treat as light
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21).

    >>> round(contrast("#000000", "#ffffff"), 1)
    21.0
    """
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_colour(background: str) -> str:
    """Black or white, whichever reads better on `background` (a contrast of at least 4.5:1
    for every colour).

    >>> text_colour("#000000"), text_colour("#ffdd57"), text_colour("#1f77b4")
    ('#ffffff', '#000000', '#ffffff')
    """
    return "#000000" if contrast(background, "#000000") >= contrast(background, "#ffffff") else "#ffffff"


def _kind_name(kind: str | None) -> str:
    return vocabulary.kinds().get(kind or "", {}).get("label", kind or "unknown kind")


def _relation_name(relation: str | None) -> str:
    return vocabulary.relations().get(relation or "", {}).get("label", relation or "")


def _esc(text, width: int = 80) -> str:
    """Document text for a plotly hover box: HTML-escaped, wrapped with <br>."""
    text = " ".join(str(text or "").split())
    return "<br>".join(html.escape(line, quote=False) for line in textwrap.wrap(text, width)) if text else ""


def _short(attrs: dict, limit: int = 28) -> str:
    """A label for tight spaces: the label, or, when it is long, an acronym among its aliases
    (one spelling the label's initials first, then the longest), else the label cut short."""
    label = attrs.get("label") or str(attrs.get("id") or "")
    if len(label) <= limit:
        return label
    acronyms = [a for a in split_cell(attrs.get("aliases")) if a.isupper() and 2 <= len(a) <= 10 and " " not in a]
    if not acronyms:
        return label[: limit - 1] + "…"
    initials = "".join(w[0] for w in label.split() if w[:1].isupper())
    return min(acronyms, key=lambda a: (a != initials, -len(a), a))


def _as_graph(tables_or_G) -> nx.MultiDiGraph:
    if isinstance(tables_or_G, nx.Graph):
        return tables_or_G
    if isinstance(tables_or_G, Tables) or hasattr(tables_or_G, "edges") and hasattr(tables_or_G, "nodes"):
        return to_graph(tables_or_G)
    raise TypeError(f"expected orgnet Tables or a networkx graph, not {type(tables_or_G).__name__}")


def _edge_hover(d: dict) -> list[str]:
    out = []
    if d.get("evidence"):
        out.append(f"“{_esc(d['evidence'])}”")
    meta = [
        x
        for x in (
            d.get("docs") and "source: " + html.escape(str(d["docs"]).replace(";", ", ")),
            d.get("confidence") is not None and f"confidence {float(d['confidence']):.2f}",
            d.get("hedge") and d["hedge"] != "stated" and html.escape(str(d["hedge"])),
        )
        if x
    ]
    if meta:
        out.append("<i>" + " · ".join(meta) + "</i>")
    return out


def _legend_traces(go, kinds: list[str]) -> list:
    """Empty marker traces that give a pie-like chart a legend of its kinds' colours."""
    return [
        go.Scatter(
            x=[None],
            y=[None],
            mode="markers",
            name=_kind_name(k),
            legendgroup=k,
            showlegend=True,
            marker=dict(size=12, symbol="square", color=kind_colour(k)),
            hoverinfo="skip",
        )
        for k in kinds
    ]
