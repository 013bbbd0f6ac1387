"""Who led what, when (a Gantt chart), and institutional events on a timeline."""

from __future__ import annotations

import datetime as _dt
import html

import networkx as nx
import pandas as pd

from ... import vocabulary
from ...cells import split_cell
from .common import (
    FONT,
    _as_graph,
    _edge_hover,
    _esc,
    _short,
)

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
    dated, undated = _terms(G)
    several = len({r["org_id"] for r in dated}) > 1
    traces = _term_bars(go, dated, several, now)
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
        _note_undated(fig, undated)
    return fig


def _terms(G: nx.MultiDiGraph) -> tuple[list[dict], list[dict]]:
    """The ``leads`` edges of ``G`` as rows, those with a start year and those without, sorted."""
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
    return dated, undated


def _term_bars(go, dated: list[dict], several: bool, now: int) -> list:
    """One horizontal bar trace per organisation; an open term runs to ``now``."""
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
    return traces


def _note_undated(fig, undated: list[dict]) -> None:
    """List the terms not drawn (no start year) in a note under the chart."""
    items = [f"{html.escape(r['person'])} ({html.escape(r['title'])}, {html.escape(r['org_short'])})" for r in undated]
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
        _claim_events(claims, G, add)
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
    _founding_events(G, claims, events, add)
    cols = ["id", "label", "short", "kind", "year", "type", "text", "evidence", "docs", "other"]
    return (
        pd.DataFrame(events, columns=cols).sort_values(["year", "label", "type"], kind="stable").reset_index(drop=True)
    )


def _claim_events(claims: pd.DataFrame, G: nx.MultiDiGraph, add) -> None:
    """The dated claims of event relations and renamings, one event per subject, relation, object
    (or former name) and year, with the evidence of its most confident claim."""
    dated = claims[
        claims["relation"].isin(list(_EVENT_RELATIONS)) & claims["start"].notna() & (claims["object"].fillna("") != "")
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


def _founding_events(G: nx.MultiDiGraph, claims: pd.DataFrame | None, events: list[dict], add) -> None:
    """A node's founding year, unless an ``established_by`` event of that year tells it already."""
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
