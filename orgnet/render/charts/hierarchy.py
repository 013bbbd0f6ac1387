"""A hierarchy as a sunburst or a treemap."""

from __future__ import annotations

import html

import networkx as nx
import pandas as pd

from ...errors import InputError
from .common import (
    FONT,
    _edge_hover,
    _kind_name,
    _legend_traces,
    _relation_name,
    _short,
    kind_colour,
    text_colour,
)


def _tree_rows(tree: nx.DiGraph, G=None) -> pd.DataFrame:
    if not isinstance(tree, nx.DiGraph) or tree.is_multigraph():
        raise TypeError(
            f"expected a hierarchy tree (networkx.DiGraph from orgnet.graph.hierarchy), not {type(tree).__name__}"
        )
    if tree.number_of_nodes() == 0:
        raise InputError("the hierarchy is empty")
    if not nx.is_arborescence(tree):
        raise InputError(
            "not a tree: every node but the root needs exactly one parent (build it with orgnet.graph.hierarchy)"
        )
    root = tree.graph.get("root")
    if root not in tree:
        root = next(n for n, d in tree.in_degree() if d == 0)
    rows = []
    for n in [root, *(v for _, v in nx.bfs_edges(tree, root))]:
        attrs = {**(dict(G.nodes[n]) if G is not None and n in G else {}), **tree.nodes[n]}
        attrs.setdefault("id", n)
        parents = list(tree.predecessors(n))
        parent = parents[0] if parents else ""
        label = attrs.get("label") or str(n)
        hover = [f"<b>{html.escape(label)}</b>", html.escape(_kind_name(attrs.get("kind")))]
        if parent:
            d = tree.edges[parent, n]
            p_label = (
                tree.nodes[parent].get("label")
                or (G.nodes[parent].get("label") if G is not None and parent in G else None)
                or str(parent)
            )
            hover.append(f"{html.escape(_relation_name(d.get('relation')))} {html.escape(p_label)}")
            hover += _edge_hover(d)
        else:
            hover.append("root of this hierarchy")
        rows.append(
            {
                "id": str(n),
                "parent": str(parent),
                "label": label,
                "text": _short(attrs),
                "kind": attrs.get("kind"),
                "colour": kind_colour(attrs.get("kind")),
                "hover": "<br>".join(hover),
            }
        )
    return pd.DataFrame(rows)


def _hierarchy_figure(trace_type: str, tree: nx.DiGraph, G=None):
    import plotly.graph_objects as go

    rows = _tree_rows(tree, G)
    root_label = rows.iloc[0]["label"]
    trace_cls = {"sunburst": go.Sunburst, "treemap": go.Treemap}[trace_type]
    trace = trace_cls(
        ids=rows["id"],
        labels=rows["text"],
        parents=rows["parent"],
        marker=dict(colors=rows["colour"].tolist(), line=dict(color="white", width=1)),
        textfont=dict(color=[text_colour(c) for c in rows["colour"]]),
        insidetextfont=dict(color=[text_colour(c) for c in rows["colour"]]),
        hovertext=rows["hover"],
        hoverinfo="text",
        name="hierarchy",
    )
    kinds = list(dict.fromkeys(rows["kind"]))
    fig = go.Figure([trace, *_legend_traces(go, kinds)])
    fig.update_layout(
        font=FONT,
        title=dict(text=f"Under {html.escape(root_label)}: {len(rows) - 1} bodies ({trace_type}, coloured by kind)"),
        legend=dict(title=dict(text="Kind"), itemclick=False, itemdoubleclick=False),
        xaxis=dict(visible=False),
        yaxis=dict(visible=False),
        plot_bgcolor="white",
        margin=dict(t=60, l=10, r=10, b=10),
    )
    return fig


def sunburst(tree: nx.DiGraph, G: nx.MultiDiGraph | None = None):
    """A hierarchy as a sunburst: the root in the centre, each ring one level down.

    Parameters
    ----------
    tree : networkx.DiGraph
        A tree from :func:`orgnet.graph.hierarchy`.
    G : networkx.MultiDiGraph, optional
        The full graph, for node attributes the tree lacks.

    Returns
    -------
    plotly.graph_objects.Figure
        One ``sunburst`` trace (sectors coloured by kind; hover: label, kind, the relation
        to the parent and its evidence, documents and confidence) and one legend entry per
        kind.

    Raises
    ------
    InputError
        When `tree` is empty or not a tree.

    Examples
    --------
    >>> from orgnet.graph import example_tables, hierarchy, to_graph
    >>> fig = sunburst(hierarchy(to_graph(example_tables()), "MOW"))
    >>> fig.data[0].type, list(fig.data[0].parents)
    ('sunburst', ['', 'ministry-of-widgets', 'bureau-of-sprockets', 'widget-research-institute'])
    >>> "public face of the Bureau" in fig.data[0].hovertext[2]
    True
    """
    return _hierarchy_figure("sunburst", tree, G)


def treemap(tree: nx.DiGraph, G: nx.MultiDiGraph | None = None):
    """A hierarchy as a treemap: each body a rectangle nested in its parent's.

    Parameters and return value as :func:`sunburst` (with a ``treemap`` trace).

    Examples
    --------
    >>> from orgnet.graph import example_tables, hierarchy, to_graph
    >>> fig = treemap(hierarchy(to_graph(example_tables()), "Bureau of Sprockets"))
    >>> fig.data[0].type, list(fig.data[0].labels)
    ('treemap', ['Bureau of Sprockets', 'Widget Research Institute', 'Gadget Friendship Society'])
    """
    return _hierarchy_figure("treemap", tree, G)
