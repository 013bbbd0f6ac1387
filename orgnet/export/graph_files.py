"""The graph files: GraphML and GEXF (one type per attribute, XML-safe text, colours) and JSON node-link data."""

from __future__ import annotations

import datetime as _dt
import os
import re
from pathlib import Path

import networkx as nx

from .. import vocabulary
from ..cells import is_missing
from .folders import _flat, _type_name

__all__ = ["XMLCharacterWarning"]


class XMLCharacterWarning(UserWarning):
    """GraphML or GEXF export replaced characters XML cannot hold by U+FFFD."""


def _plan(items) -> dict[str, str]:
    """attribute -> the one type it is written as: bool, int, float or str."""
    seen: dict[str, set] = {}
    for d in items:
        for k, v in d.items():
            s = seen.setdefault(k, set())
            if not is_missing(v):
                s.add(_type_name(_flat(v)))
    plan = {}
    for k, types in seen.items():
        if not types or "str" in types or ("bool" in types and len(types) > 1):
            plan[k] = "str"
        elif types == {"bool"}:
            plan[k] = "bool"
        elif types == {"int"}:
            plan[k] = "int"
        else:
            plan[k] = "float"
    return plan


#: a character XML 1.0 cannot hold: C0 controls but tab, LF and CR; lone surrogates; U+FFFE, U+FFFF
_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(value, replaced: list[int]):
    r"""`value` with each character XML cannot hold replaced by U+FFFD, counted in ``replaced[0]``
    (anything but text is returned as it is).

    >>> n = [0]
    >>> _xml_text("a\x1bb\ufffec\ud800\tok", n), n
    ('a\ufffdb\ufffdc\ufffd\tok', [3])
    """
    if not isinstance(value, str):
        return value
    clean, n = _XML_INVALID.subn("\ufffd", value)
    replaced[0] += n
    return clean


def _cast(d: dict, plan: dict[str, str], replaced: list[int]) -> dict:
    out = {}
    for k, v in d.items():
        t = plan[k]
        key = _xml_text(str(k), replaced)
        if is_missing(v):
            if t == "str":
                out[key] = ""
            continue  # a numeric or boolean attribute has no value here
        v = _flat(v)
        if hasattr(v, "item") and not isinstance(v, str):
            v = v.item()
        out[key] = _xml_text({"str": str, "int": int, "float": float, "bool": bool}[t](v), replaced)
    return out


def _xml_safe(G: nx.Graph, replaced: list[int] | None = None) -> nx.Graph:
    """A copy of `G` that GraphML and GEXF can hold: no None, no lists, one type per attribute,
    no character XML cannot hold (replaced by U+FFFD and counted in ``replaced[0]``)."""
    replaced = [0] if replaced is None else replaced
    H = G.__class__()
    H.graph.update(_cast(G.graph, _plan([G.graph]), replaced))
    node_plan = _plan(d for _, d in G.nodes(data=True))
    H.add_nodes_from((_xml_text(n, replaced), _cast(d, node_plan, replaced)) for n, d in G.nodes(data=True))
    edge_plan = _plan(e[-1] for e in G.edges(data=True))
    if G.is_multigraph():
        H.add_edges_from(
            (_xml_text(u, replaced), _xml_text(v, replaced), _xml_text(k, replaced), _cast(d, edge_plan, replaced))
            for u, v, k, d in G.edges(keys=True, data=True)
        )
    else:
        H.add_edges_from(
            (_xml_text(u, replaced), _xml_text(v, replaced), _cast(d, edge_plan, replaced))
            for u, v, d in G.edges(data=True)
        )
    return H


def _rgb(colour: str) -> dict:
    c = colour.lstrip("#")
    if len(c) == 3:
        c = "".join(x * 2 for x in c)
    return {"r": int(c[0:2], 16), "g": int(c[2:4], 16), "b": int(c[4:6], 16), "a": 1.0}


def _gexf_ready(G: nx.Graph, replaced: list[int] | None = None) -> nx.Graph:
    """:func:`_xml_safe` plus Gephi's conventions: viz colours, edge labels, start/end as time."""
    replaced = [0] if replaced is None else replaced
    H = _xml_safe(G, replaced)
    kinds, relations = vocabulary.kinds(), vocabulary.relations()
    for n, d in H.nodes(data=True):
        d.setdefault("label", str(n))
        colour = kinds.get(d.get("kind") or "", {}).get("colour")
        if colour:
            d["viz"] = {"color": _rgb(colour)}
    dated = False
    for e in H.edges(keys=True, data=True) if H.is_multigraph() else H.edges(data=True):
        d = e[-1]
        rel = d.get("relation") or (e[2] if H.is_multigraph() else "")
        spec = relations.get(rel, {})
        d["label"] = _xml_text(spec.get("label", str(rel)), replaced)
        if spec.get("colour"):
            d["viz"] = {"color": _rgb(spec["colour"])}
        for bound in ("start", "end"):  # a time bound is a year or absent (never "", never text)
            if bound in d and not (isinstance(d[bound], int) or str(d[bound]).lstrip("-").isdigit()):
                del d[bound]
            elif bound in d:
                d[bound] = int(d[bound])
        dated = dated or "start" in d or "end" in d
    H.graph = {"mode": "dynamic"} if dated else {}
    return H


def _write_gexf(H: nx.Graph, path: Path) -> None:
    """networkx's GEXF 1.2 writer, with the time format GEXF 1.2 knows for years: ``integer``.

    networkx declares ``timeformat="long"`` for integer start/end, which the 1.2 schema's
    ``timeformatType`` (integer, double, date, dateTime) does not allow; ``integer`` is read back
    as int by ``networkx.read_gexf`` too. The ``lastmodifieddate`` is the day of ``SOURCE_DATE_EPOCH``
    when that is set (networkx writes today's).
    """
    writer = nx.readwrite.gexf.GEXFWriter(version="1.2draft")
    writer.add_graph(H)
    if writer.graph_element.get("timeformat") == "long":
        writer.graph_element.set("timeformat", "integer")
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    meta = writer.xml.find("meta")
    if epoch.isdigit() and meta is not None:  # a reproducible build: the date of its sources, not today's
        day = _dt.datetime.fromtimestamp(int(epoch), tz=_dt.timezone.utc).strftime("%Y-%m-%d")
        meta.set("lastmodifieddate", day)
    writer.write(path)


def _json_value(v):
    if is_missing(v):
        return None
    if isinstance(v, (list, tuple, set)):
        return [_json_value(x) for x in (sorted(v, key=str) if isinstance(v, set) else v)]
    if isinstance(v, dict):
        return {str(k): _json_value(x) for k, x in v.items()}
    if hasattr(v, "item") and not isinstance(v, str):
        return v.item()
    return v


def _node_link(G: nx.Graph) -> dict:
    try:
        data = nx.node_link_data(G, edges="links")
    except TypeError:  # networkx < 3.4 always calls them "links"
        data = nx.node_link_data(G)
    data = _json_value(data)
    data["graph"] = {
        **data.get("graph", {}),
        "kind_colours": {k: v.get("colour") for k, v in vocabulary.kinds().items()},
        "relation_colours": {k: v.get("colour") for k, v in vocabulary.relations().items()},
    }
    return data
