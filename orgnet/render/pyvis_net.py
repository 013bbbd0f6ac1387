"""The network as a styled :class:`pyvis.network.Network`, for those who customize with pyvis.

A briefing (:mod:`orgnet.render.briefing`) has its own page, faster on large views and with
the evidence panel; :func:`to_pyvis` gives the same drawing as a pyvis object instead: nodes
where orgnet's layout puts them (physics off, so they stay), coloured and shaped by kind,
lines coloured by relation, dashed where hedged or of low confidence, every node and line with
a tooltip that names its sources. From there pyvis's own API applies (``net.toggle_physics``,
``net.show_buttons``, ``net.write_html``...); the page it writes works offline: the drawing
library is written into it (``cdn_resources="in_line"``), and pyvis's page template is used
without the Bootstrap files it would fetch from a CDN.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx
    from pyvis.network import Network

__all__ = ["to_pyvis"]


def to_pyvis(
    G: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    hierarchical_root: str | None = None,
    height: str = "650px",
    notebook: bool = False,
) -> Network:
    """``G`` as a styled pyvis network, laid out by orgnet.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The graph (:func:`orgnet.graph.to_graph`, or a view of it).
    focus : str, optional
        A node id to put in the middle and mark with a thick border.
    hierarchical_root : str, optional
        Lay the graph out as a tree under this node id.
    height : str
        The drawing's height, as CSS (the legend comes above it).
    notebook : bool
        Passed to pyvis (``net.show`` in a notebook).

    Returns
    -------
    pyvis.network.Network
        One node per node of ``G`` (``x``, ``y`` fixed by the layout, ``physics`` off) and one
        line per edge, with the kind and relation colours of ``vocab/kinds.yaml`` and
        ``vocab/relations.yaml``.

    Examples
    --------
    >>> from orgnet.graph import to_graph, example_tables
    >>> net = to_pyvis(to_graph(example_tables()))
    >>> len(net.nodes), len(net.edges), net.options.physics.enabled
    (8, 9, False)
    >>> sorted(n["label"] for n in net.nodes)[:2]
    ['Anna Karlsson', 'Bureau of Sprockets']
    """
    from pyvis.network import Network

    from .network_data import FONT_PX, LABEL_WIDTH, page_data

    data = page_data(G, focus=focus, hierarchical_root=hierarchical_root)
    kinds = {k["kind"]: k for k in data["kinds"]}
    relations = {r["relation"]: r for r in data["relations"]}
    net = Network(height=height, width="100%", directed=True, notebook=notebook, cdn_resources="in_line")
    for n in data["nodes"]:
        kind = kinds.get(n["kind"], {})
        net.add_node(
            n["id"],
            label=n["label"],
            shape=kind.get("shape", "dot"),
            color=kind.get("colour", "#c7c7c7"),
            size=n["size"],
            x=n["x"],
            y=n["y"],
            physics=False,
            borderWidth=4 if n["id"] == data["focus"] else 1,
            title=_node_tip(n, kind),
            # labels wrapped as the layout measured them (see orgnet.render.label_boxes)
            font={"size": FONT_PX},
            widthConstraint={"maximum": LABEL_WIDTH},
        )
    for e in data["edges"]:
        rel = relations.get(e["relation"], {})
        curve = e.get("curve") or 0.0  # parallel lines bend apart, as in a briefing
        net.add_edge(
            e["from"],
            e["to"],
            color=rel.get("colour", "#999999"),
            dashes=e["dashed"],
            arrows="to",
            title=_edge_tip(e, rel),
            width=1.5,
            smooth={"type": "curvedCW", "roundness": curve} if curve else False,
        )
    net.toggle_physics(False)
    _offline(net, _legend(data))
    return net


def _legend(data: dict[str, Any]) -> str:
    """The legend above the drawing: the kinds and relations drawn, and what a dashed line means."""

    def item(colour: str, label: str, line: bool) -> str:
        mark = (
            f'<span style="display:inline-block;width:1.6em;border-top:3px solid {escape(colour)};'
            f'vertical-align:middle"></span>'
            if line
            else f'<span style="display:inline-block;width:.9em;height:.9em;border-radius:50%;'
            f'background:{escape(colour)};vertical-align:middle"></span>'
        )
        return f'<span style="margin-right:1.2em;white-space:nowrap">{mark} {escape(label)}</span>'

    kinds = "".join(item(k["colour"], k["label"], False) for k in data["kinds"] if k.get("count"))
    relations = "".join(
        item(r["colour"], r["label"] or r["relation"], True) for r in data["relations"] if r.get("count")
    )
    dashed = (
        '<span style="white-space:nowrap"><span style="display:inline-block;width:1.6em;'
        'border-top:3px dashed #555;vertical-align:middle"></span> hedged, or confidence under '
        f"{data['style']['low_confidence']}</span>"
    )
    return (
        f'<div class="orgnet-legend" style="font:15px/1.9 sans-serif;padding:.4em .8em">'
        f"<div><b>Kinds</b>&ensp;{kinds}</div><div><b>Relations</b>&ensp;{relations}{dashed}</div></div>"
    )


#: a ``<link>`` or ``<script>`` element that loads a file from the web
_FETCHED = re.compile(r"<(link|script)\b[^>]*\b(?:href|src)=\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?", re.S)


def _offline(net: Network, legend: str) -> None:
    """Let ``net`` render pyvis's page template without the elements that fetch from the web,
    with ``legend`` (HTML) above the drawing."""
    import jinja2

    page = _FETCHED.sub("", (Path(net.template_dir) / net.path).read_text(encoding="utf-8"))
    drawing = '<div id="mynetwork" class="card-body"></div>'
    page = page.replace(drawing, "{% raw %}" + legend.replace("{% endraw %}", "") + "{% endraw %}" + drawing, 1)
    net.templateEnv = jinja2.Environment(
        loader=jinja2.ChoiceLoader([jinja2.DictLoader({net.path: page}), jinja2.FileSystemLoader(net.template_dir)])
    )
    net.template = net.templateEnv.get_template(net.path)


def _node_tip(n: dict[str, Any], kind: dict[str, Any]) -> str:
    lines = [n["label"], kind.get("label", n["kind"] or "unknown kind")]
    if n.get("description"):
        lines.append(n["description"])
    lines.append("Sources: " + ", ".join(n["docs"]))
    return "\n".join(lines)


def _edge_tip(e: dict[str, Any], rel: dict[str, Any]) -> str:
    what = rel.get("label") or e["relation"].replace("_", " ")
    lines = [f"{e['source_label']} — {what} — {e['target_label']}"]
    if e["hedge"] != "stated":
        lines.append(f"({e['hedge']})")
    if e["evidence"]:
        lines.append(f"“{e['evidence']}”")
    lines.append("Sources: " + ", ".join(e["docs"]) + (f"; confidence {e['confidence']}" if e["confidence"] else ""))
    return "\n".join(lines)
