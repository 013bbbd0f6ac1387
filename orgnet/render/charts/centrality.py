"""The most central nodes as bars."""

from __future__ import annotations

import html

import networkx as nx

from ...errors import InputError
from ...graph import centrality
from .common import (
    FONT,
    _esc,
    _kind_name,
    _short,
    kind_colour,
)

# --------------------------------------------------------------------------- centrality


def centrality_bar(G: nx.MultiDiGraph, top: int = 20, leave_out: tuple[str, ...] = ("place",)):
    """The `top` nodes by PageRank as horizontal bars, coloured by kind.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph from :func:`orgnet.graph.to_graph` (or a view of one).
    top : int, optional
        How many nodes (default 20).
    leave_out : tuple of str, optional
        Kinds removed before ranking (default: places, which would otherwise collect the
        rank of every body headquartered in them); ``()`` ranks every node.

    Returns
    -------
    plotly.graph_objects.Figure
        One ``bar`` trace per kind (the legend), the most central at the top; hover with the
        label, kind, PageRank, betweenness, degree and the node's defining sentence and
        documents.

    Examples
    --------
    >>> from orgnet.graph import example_tables, to_graph
    >>> fig = centrality_bar(to_graph(example_tables()), top=3)
    >>> [(t.name, list(t.y)) for t in fig.data]  # doctest: +NORMALIZE_WHITESPACE
    [('think tank', ['Widget Research Institute']), ('state body', ['Ministry of Widgets']),
     ('security service', ['Bureau of Sprockets'])]
    """
    import plotly.graph_objects as go

    if not isinstance(top, int) or top < 1:
        raise InputError(f"top must be a whole number >= 1, not {top!r}")
    leave_out = (leave_out,) if isinstance(leave_out, str) else tuple(leave_out or ())
    if leave_out:
        G = G.subgraph([n for n, d in G.nodes(data=True) if d.get("kind") not in leave_out])
    c = centrality(G).head(top)
    shorts = [_short({**G.nodes[n], "id": n}) for n in c["id"]]
    if len(set(shorts)) < len(shorts):
        shorts = c["label"].tolist()
    c = c.assign(short=shorts)
    traces = []
    for kind in dict.fromkeys(c["kind"]):
        k = c[c["kind"].isna()] if kind is None else c[c["kind"] == kind]
        hovers = []
        for r in k.itertuples():
            d = G.nodes[r.id]
            lines = [
                f"<b>{html.escape(r.label)}</b>",
                html.escape(_kind_name(r.kind)),
                f"PageRank {r.pagerank:.3f} · betweenness {r.betweenness:.3f} · "
                f"degree {r.degree} ({r.in_degree} in, {r.out_degree} out)",
            ]
            if d.get("description"):
                lines.append(f"“{_esc(d['description'])}”")
            if d.get("docs"):
                lines.append(f"<i>source: {html.escape(str(d['docs']).replace(';', ', '))}</i>")
            hovers.append("<br>".join(lines))
        traces.append(
            go.Bar(
                x=k["pagerank"].tolist(),
                y=k["short"].tolist(),
                orientation="h",
                name=_kind_name(kind),
                marker=dict(color=kind_colour(kind)),
                hovertext=hovers,
                hoverinfo="text",
            )
        )
    fig = go.Figure(traces)
    fig.update_layout(
        title=dict(
            text=f"Most central nodes (PageRank, top {len(c)} of {G.number_of_nodes()}"
            + (f"; {', '.join(_kind_name(k) + 's' for k in leave_out)} left out)" if leave_out else ")")
        ),
        xaxis=dict(title=dict(text="PageRank")),
        yaxis=dict(
            title=dict(text="Node"),
            type="category",
            categoryorder="array",
            categoryarray=c["short"].tolist(),
            autorange="reversed",
        ),
        legend=dict(title=dict(text="Kind")),
        showlegend=True,
        barmode="overlay",
        font=FONT,
        height=max(360, 140 + 30 * len(c)),
    )
    return fig
