"""One self-contained HTML page drawing a network with vis-network (render stage).

:func:`network_html` turns a graph (a view from :mod:`orgnet.graph`) into a page that opens
offline from disk and requests nothing from any host:

* vis-network's JavaScript is the file pyvis ships, put inline in a ``<script>``;
* the data is :func:`~orgnet.render.network_data.page_data` (in :mod:`orgnet.render.network_data`);
  node positions come from :mod:`orgnet.render.layout` (a tidy tree for a hierarchy, a radial
  layout otherwise) and physics is off, so the first frame is the final one;
* the data (nodes, edges, the claims behind them, the legend) travels as JSON in a
  ``<script type="application/json">`` element, with ``<``, ``>``, ``&`` and ``'`` escaped as
  ``\\u003c`` ... so no document text can close the element; the page's script reads it
  with ``JSON.parse`` and writes document text only through ``textContent``;
* every other text (title, legend, sources) goes through Jinja2 with autoescape.

Colours and shapes come from ``vocab/kinds.yaml`` and ``vocab/relations.yaml``. What the
page shows is described in the README ("Briefings").
"""

from __future__ import annotations

import datetime as _dt
import os
from typing import Any, Iterable, Mapping

import networkx as nx
import pandas as pd

from .._version import __version__
from ..cells import json_text

# the library's text and the templates, in a module that imports neither networkx nor pandas (the
# Explorer's stored first view makes its drawing with them alone); importable from here as before
from .assets import template_environment, vis_network_js  # noqa: F401

# the page's data (orgnet/render/network_data.py, evidence_data.py), importable from here as before
from .evidence_data import LOW_CONFIDENCE, _quote_context, _records  # noqa: F401
from .network_data import (  # noqa: F401
    COMMUNITY_COLOURS,
    FONT_PX,
    LABEL_WIDTH,
    OTHER_COMMUNITY_COLOUR,
    community_rings,
    layout_positions,
    measure_sizes,
    page_data,
)

__all__ = [
    "network_html",
    "page_data",
    "layout_positions",
    "vis_network_js",
    "template_environment",
    "FONT_PX",
    "LABEL_WIDTH",
    "LOW_CONFIDENCE",
    "COMMUNITY_COLOURS",
    "OTHER_COMMUNITY_COLOUR",
    "measure_sizes",
    "community_rings",
]

SOURCE_COLUMNS = ("doc", "title", "layout", "url", "retrieved", "reliability", "reliability_reason", "mirror_of")


# --------------------------------------------------------------------------- page


def _generated(generated: _dt.datetime | str | None) -> str:
    if isinstance(generated, str):
        return generated
    if generated is None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch.isdigit():
            generated = _dt.datetime.fromtimestamp(int(epoch), tz=_dt.timezone.utc)
        else:
            generated = _dt.datetime.now(tz=_dt.timezone.utc)
    if generated.tzinfo is None:
        generated = generated.replace(tzinfo=_dt.timezone.utc)
    return generated.astimezone(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def _sources(sources: Any) -> list[dict]:
    rows = []
    for r in _records(sources):
        rows.append({c: json_text(r.get(c)) for c in SOURCE_COLUMNS})
    return rows


def network_html(
    G: nx.MultiDiGraph,
    *,
    title: str,
    subtitle: str = "",
    sources: Any = None,
    hierarchical_root: str | None = None,
    claims: pd.DataFrame | Mapping | None = None,
    focus: str | None = None,
    generated: _dt.datetime | str | None = None,
    tables: Iterable[Mapping[str, Any]] = (),
    notes: Iterable[str] = (),
    positions: Mapping | None = None,
    year: int | None = None,
    show_undated: bool = True,
    conflicts: Any = None,
    merges: Any = None,
    sizes: Mapping | None = None,
    size_by: str | None = None,
    communities: Mapping | None = None,
) -> str:
    """A self-contained HTML page drawing `G`, with legend, filters, search and side panel.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The graph to draw: a view from :mod:`orgnet.graph` (node attributes are the
        ``nodes`` columns, edge attributes the ``edges`` columns).
    title, subtitle : str
        Shown at the top of the page (and ``title`` in the browser tab).
    sources : DataFrame or list of dicts, optional
        ``documents`` rows; listed under "Sources" (doc, title, layout, url, retrieved,
        reliability). Only documents that something in `G` cites are listed, or all of them
        when nothing cites any.
    hierarchical_root : str, optional
        Lay `G` out top-down as the tree under this node (computed in Python; vis-network's
        own hierarchical layout is never used).
    claims : DataFrame or mapping, optional
        The ``claims`` table, for the citations behind every edge (or a mapping
        ``claim_id -> row dict``, see :func:`page_data`).
    focus : str, optional
        A node to mark and, for non-tree layouts, put in the middle.
    generated : datetime or str, optional
        The generation time shown; default now (or ``SOURCE_DATE_EPOCH`` when set), in UTC.
    tables : iterable of dicts, optional
        Extra tables under the network, each ``{"title", "columns", "rows"}`` (rows are
        lists of cell texts).
    notes : iterable of str
        Sentences shown under the subtitle (filters applied, and the like).
    positions : mapping, optional
        ``node -> (x, y)`` to draw with instead of laying `G` out (see :func:`page_data`).
    year : int, optional
        The year the page's year control starts at; None (default) starts at "all years".
        The control filters the drawing in the page by the rule of :func:`orgnet.graph.as_of`.
    show_undated : bool
        Whether the page's "show undated links" box starts ticked (default True).
    conflicts : DataFrame or list of dicts, optional
        The ``conflicts`` table: a node's side panel lists its conflicting values, each with
        the documents that give it.
    merges : DataFrame or list of dicts, optional
        The ``merges`` table: a node's side panel lists the names joined into it, each with
        its rule and, where a document said so, the document and its words.
    sizes, size_by : mapping and str, optional
        Node size follows this measure, ``node -> value``, named `size_by` in the legend,
        instead of the number of links (see :func:`page_data`).
    communities : mapping, optional
        ``node -> community number``: each node's border is its community's colour, the
        side panel shows the number and the legend lists the colours (see :func:`page_data`).

    Returns
    -------
    str
        The page. It loads nothing from any host: vis-network is inline.

    Examples
    --------
    >>> from orgnet.graph import to_graph, example_tables
    >>> t = example_tables()
    >>> page = network_html(to_graph(t), title="Widgets <b>", sources=t.documents, claims=t.claims)
    >>> "<title>Widgets &lt;b&gt;</title>" in page and 'data-node-count="8"' in page
    True
    """
    generated = _generated(generated)
    data = page_data(
        G,
        claims=claims,
        hierarchical_root=hierarchical_root,
        focus=focus,
        sources=sources,
        positions=positions,
        year=year,
        show_undated=show_undated,
        until=int(generated[:4]) if generated[:4].isdigit() else None,
        conflicts=conflicts,
        merges=merges,
        sizes=sizes,
        size_by=size_by,
        communities=communities,
    )
    source_rows = _sources(sources)
    titles = {r["doc"]: r["title"] for r in source_rows}
    for r in source_rows:  # the copied document by its title (its file name when it has none)
        r["mirror_title"] = titles.get(r["mirror_of"]) or r["mirror_of"]
    cited = set(data["documents"])
    if cited and any(r["doc"] in cited for r in source_rows):
        source_rows = [r for r in source_rows if r["doc"] in cited]
    template = template_environment().get_template("network.html.j2")
    from markupsafe import Markup

    return template.render(
        title=title,
        subtitle=subtitle,
        notes=list(notes),
        generated=generated,
        version=__version__,
        data=data,
        n_nodes=len(data["nodes"]),
        n_edges=len(data["edges"]),
        sources=source_rows,
        source_columns=SOURCE_COLUMNS,
        extra_tables=list(tables),
        low_confidence=LOW_CONFIDENCE,
        vis_js=Markup(vis_network_js()),
    )
