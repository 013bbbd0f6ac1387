"""Plotly figures of the network: a hierarchy as a sunburst or treemap, who led what when,
institutional events on a timeline, and the most central nodes.

Every function returns a :class:`plotly.graph_objects.Figure` with a title, a legend (kinds,
organisations or event types), axis titles where there are axes, and hover text that quotes
the evidence: the source sentence, its documents and the confidence. Nodes are coloured by
kind and events by relation, with the colours of ``vocab/kinds.yaml`` and
``vocab/relations.yaml``. Text from documents is HTML-escaped before plotly sees it.

plotly is imported inside the functions, so importing this module stays cheap.
"""

from __future__ import annotations

import datetime as _dt
import html
import textwrap

import networkx as nx
import pandas as pd

from .. import vocabulary
from ..cells import split_cell
from ..errors import InputError
from ..graph import centrality, to_graph
from ..tables import Tables

__all__ = [
    "sunburst",
    "treemap",
    "leaders_gantt",
    "timeline",
    "centrality_bar",
    "kind_colour",
    "text_colour",
    "contrast",
]

UNKNOWN_COLOUR = "#cccccc"
#: the base font of every chart: readable from the back of a room when projected
FONT = dict(size=15)
#: event types of :func:`timeline` that are attributes, not relations, so have no colour in
#: ``vocab/relations.yaml``: (legend name, colour, marker symbol)
_ATTRIBUTE_EVENTS = {"founded": ("founded", "#333333", "star"), "former_name": ("renamed", "#e377c2", "diamond")}
#: relations whose dated claims are institutional events, with the verb shown for them
_EVENT_RELATIONS = {
    "established_by": "established by",
    "subordinate_to": "placed under",
    "absorbed_into": "absorbed into",
}
_EVENT_SYMBOLS = {"established_by": "circle", "subordinate_to": "triangle-up", "absorbed_into": "x"}


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


# --------------------------------------------------------------------------- hierarchy


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


# --------------------------------------------------------------------------- leaders


def leaders_gantt(tables_or_G, now: int | None = None):
    """Who led what, when: one bar per ``leads`` edge with a start year.

    A term with no end year runs to `now` and is marked "present"; a term without a start
    year is not drawn (a bar would invent dates) but listed in a note under the chart.

    Parameters
    ----------
    tables_or_G : Tables or networkx.MultiDiGraph
        A build's tables or a graph from :func:`orgnet.graph.to_graph` (or a view of one).
    now : int, optional
        The year open terms run to; by default the current year.

    Returns
    -------
    plotly.graph_objects.Figure
        One horizontal ``bar`` trace per organisation (the legend), bars from start to end
        year, hover with the person, title, years and the evidence. ``layout.meta["undated"]``
        lists the terms not drawn (``person``, ``organisation``, ``title``, ``evidence``).

    Examples
    --------
    >>> from orgnet.graph import example_tables
    >>> fig = leaders_gantt(example_tables(), now=2024)
    >>> [(list(t.y), list(t.base), list(t.x)) for t in fig.data]
    [(['Anna Karlsson', 'Li Wei'], [1990, 2005], [15, 19])]
    >>> list(fig.data[0].text), [u["person"] for u in fig.layout.meta["undated"]]
    (['', 'present'], ['Sam Okoro'])
    """
    import plotly.graph_objects as go

    G = _as_graph(tables_or_G)
    now = int(now if now is not None else _dt.date.today().year)
    dated: list[dict] = []
    undated: list[dict] = []
    for u, v, k, d in G.edges(keys=True, data=True):
        if d.get("relation", k) != "leads":
            continue
        person, org = G.nodes[u], G.nodes[v]
        title = " / ".join(split_cell(d.get("title"))) or "leader"
        row = {
            "person": person.get("label") or str(u),
            "org_id": str(v),
            "org": org.get("label") or str(v),
            "org_short": _short(org),
            "title": title,
            "start": d.get("start"),
            "end": d.get("end"),
            "evidence": d.get("evidence") or "",
            "data": d,
        }
        (dated if row["start"] is not None else undated).append(row)
    dated.sort(key=lambda r: (r["org"], r["start"], r["person"]))
    undated.sort(key=lambda r: (r["org"], r["person"]))
    several = len({r["org_id"] for r in dated}) > 1
    traces = []
    for org_id in dict.fromkeys(r["org_id"] for r in dated):
        rows = [r for r in dated if r["org_id"] == org_id]
        ys, bases, widths, texts, hovers = [], [], [], [], []
        for r in rows:
            open_end = r["end"] is None
            end = now if open_end else r["end"]
            years = f"{r['start']} – {'present' if open_end else r['end']}"
            ys.append(f"{r['person']} ({r['org_short']})" if several else r["person"])
            bases.append(r["start"])
            widths.append(max(end - r["start"], 0) or 0.4)
            texts.append("present" if open_end else "")
            hovers.append(
                "<br>".join(
                    [
                        f"<b>{html.escape(r['person'])}</b>",
                        f"{html.escape(r['title'])}, {html.escape(r['org'])}",
                        years,
                        *_edge_hover(r["data"]),
                    ]
                )
            )
        traces.append(
            go.Bar(
                y=ys,
                base=bases,
                x=widths,
                orientation="h",
                name=rows[0]["org"],
                text=texts,
                textposition="inside",
                insidetextanchor="end",
                hovertext=hovers,
                hoverinfo="text",
                marker=dict(pattern=dict(shape=["/" if t else "" for t in texts])),
            )
        )
    fig = go.Figure(traces)
    n_rows = sum(len(t.y) for t in traces)
    fig.update_layout(
        title=dict(text="Who led what, when" + ("" if dated else " (no dated terms)")),
        xaxis=dict(title=dict(text="Year"), dtick=5 if dated else None),
        yaxis=dict(
            title=dict(text="Leader (organisation)" if several else "Leader"), autorange="reversed", type="category"
        ),
        legend=dict(title=dict(text="Organisation")),
        showlegend=True,
        barmode="overlay",
        font=FONT,
        height=max(360, 140 + 34 * n_rows + 20 * min(len(undated), 12)),
        meta={"undated": [{k: r[k] for k in ("person", "org", "title", "evidence")} for r in undated], "now": now},
    )
    if undated:
        items = [
            f"{html.escape(r['person'])} ({html.escape(r['title'])}, {html.escape(r['org_short'])})" for r in undated
        ]
        shown = items[:30] + ([f"and {len(items) - 30} more"] if len(items) > 30 else [])
        lines = ["; ".join(shown[i : i + 3]) for i in range(0, len(shown), 3)]
        fig.add_annotation(
            text="Not drawn, no start year in the sources: " + "<br>".join(lines),
            xref="paper",
            yref="paper",
            x=0,
            y=0,
            yshift=-56,
            xanchor="left",
            yanchor="top",
            showarrow=False,
            align="left",
            font=dict(size=13),
        )
        fig.update_layout(margin=dict(b=100 + 20 * len(lines)))
    return fig


# --------------------------------------------------------------------------- timeline


def _events(tables_or_G) -> pd.DataFrame:
    """Institutional events with a year: founded, established by, placed under, absorbed into, renamed."""
    G = _as_graph(tables_or_G)
    claims = getattr(tables_or_G, "claims", None) if not isinstance(tables_or_G, nx.Graph) else None
    events = []

    def add(node, year, etype, text, evidence="", docs="", other=None):
        attrs = G.nodes[node] if node in G else {"label": str(node)}
        events.append(
            {
                "id": str(node),
                "label": attrs.get("label") or str(node),
                "short": _short(attrs),
                "kind": attrs.get("kind"),
                "year": int(year),
                "type": etype,
                "text": text,
                "evidence": evidence or "",
                "docs": docs or "",
                "other": other,
            }
        )

    if claims is not None and len(claims):
        dated = claims[
            claims["relation"].isin(list(_EVENT_RELATIONS))
            & claims["start"].notna()
            & (claims["object"].fillna("") != "")
        ]
        dated = dated.sort_values(["confidence"], ascending=False, kind="stable")
        for (s, rel, o, y), g in dated.groupby(["subject", "relation", "object", "start"], sort=True):
            first = g.iloc[0]
            o_label = G.nodes[o].get("label") if o in G else first.get("object_name") or o
            add(
                s,
                y,
                rel,
                f"{_EVENT_RELATIONS[rel]} {o_label}",
                first["evidence"],
                ";".join(dict.fromkeys(g["doc"])),
                other=o,
            )
        renamed = claims[(claims["relation"] == "former_name") & claims["start"].notna()]
        for (s, y, value), g in renamed.groupby(["subject", "start", "value"], sort=True):
            add(
                s,
                y,
                "former_name",
                f"renamed (formerly {value})",
                g.iloc[0]["evidence"],
                ";".join(dict.fromkeys(g["doc"])),
            )
    else:
        for u, v, k, d in G.edges(keys=True, data=True):
            rel = d.get("relation", k)
            if rel in _EVENT_RELATIONS and d.get("start") is not None:
                add(
                    u,
                    d["start"],
                    rel,
                    f"{_EVENT_RELATIONS[rel]} {G.nodes[v].get('label') or v}",
                    d.get("evidence"),
                    d.get("docs"),
                    other=v,
                )
    established = {(e["id"], e["year"]) for e in events if e["type"] == "established_by"}
    for n, d in G.nodes(data=True):
        y = d.get("founded")
        if y is None or (str(n), int(y)) in established:
            continue
        evidence, docs = "", d.get("docs") or ""
        if claims is not None and len(claims):
            f = claims[
                (claims["subject"] == n)
                & (claims["relation"] == "founded")
                & (claims["value"].astype(str) == str(int(y)))
            ]
            if len(f):
                evidence, docs = f.iloc[0]["evidence"], ";".join(dict.fromkeys(f["doc"]))
        add(n, y, "founded", "founded", evidence, docs)
    cols = ["id", "label", "short", "kind", "year", "type", "text", "evidence", "docs", "other"]
    return (
        pd.DataFrame(events, columns=cols).sort_values(["year", "label", "type"], kind="stable").reset_index(drop=True)
    )


def timeline(tables):
    """Institutional events on a timeline: founded, established by, placed under, absorbed
    into and renamed, each with a year from the sources.

    Parameters
    ----------
    tables : Tables or networkx.MultiDiGraph
        A build's tables (events come from the dated claims, so each keeps the sentence
        that dates it); a graph gives the dated edges and ``founded`` years only (no
        renamings, which are claims, not edges).

    Returns
    -------
    plotly.graph_objects.Figure
        One ``scatter`` trace per event type (the legend), x the year, y the body (first
        event at the top); hover with the event and its evidence and documents.

    Examples
    --------
    >>> from orgnet.graph import example_tables
    >>> fig = timeline(example_tables())
    >>> sorted((t.name, len(t.x)) for t in fig.data)
    [('established by', 1), ('founded', 3), ('placed under', 1), ('renamed', 1)]
    >>> [t.y[0] for t in fig.data if t.name == "renamed"]
    ['Widget Research Institute']
    """
    import plotly.graph_objects as go

    ev = _events(tables)
    order = list(dict.fromkeys(ev["short"]))
    traces = []
    for etype in [*_ATTRIBUTE_EVENTS, *_EVENT_RELATIONS]:
        e = ev[ev["type"] == etype]
        if not len(e):
            continue
        if etype in _ATTRIBUTE_EVENTS:
            name, colour, symbol = _ATTRIBUTE_EVENTS[etype]
        else:
            name, colour, symbol = (
                _EVENT_RELATIONS[etype],
                vocabulary.relations()[etype].get("colour"),
                _EVENT_SYMBOLS[etype],
            )
        hovers = [
            "<br>".join(
                x
                for x in (
                    f"<b>{html.escape(r.label)}</b>",
                    f"{r.year}: {html.escape(r.text)}",
                    r.evidence and f"“{_esc(r.evidence)}”",
                    r.docs and f"<i>source: {html.escape(r.docs.replace(';', ', '))}</i>",
                )
                if x
            )
            for r in e.itertuples()
        ]
        traces.append(
            go.Scatter(
                x=e["year"].tolist(),
                y=e["short"].tolist(),
                mode="markers",
                name=name,
                marker=dict(color=colour, symbol=symbol, size=13, line=dict(width=1, color="white")),
                hovertext=hovers,
                hoverinfo="text",
            )
        )
    fig = go.Figure(traces)
    fig.update_layout(
        title=dict(text="Institutional events" + ("" if len(ev) else " (no dated events in the sources)")),
        xaxis=dict(title=dict(text="Year")),
        yaxis=dict(
            title=dict(text="Organisation"),
            type="category",
            categoryorder="array",
            categoryarray=order,
            autorange="reversed",
        ),
        legend=dict(title=dict(text="Event")),
        showlegend=True,
        font=FONT,
        height=max(360, 140 + 32 * len(order)),
    )
    return fig


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
