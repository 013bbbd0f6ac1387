"""Write the network for other tools (export stage).

* **graphml** — one ``.graphml`` file: nodes, edges keyed by relation, every attribute.
  Read with ``networkx.read_graphml(path, force_multigraph=True)``, Gephi, yEd, Cytoscape.
* **gexf** — one ``.gexf`` file, GEXF 1.2draft as Gephi reads it: the node ``label`` is the
  node's label, nodes are coloured by kind and edges by relation (``viz`` colours from
  ``vocab/kinds.yaml`` and ``vocab/relations.yaml``), an edge's ``label`` is its relation's
  name and its ``start``/``end`` years are its time interval. Read with ``networkx.read_gexf``.
* **json** — one ``.json`` file of node-link data for D3: ``nodes``, ``links`` (``source`` and
  ``target`` are node ids), ``directed``, ``multigraph`` and ``graph`` (with the kind and
  relation colours). Read with ``networkx.node_link_graph(data, edges="links")``.
* **parquet**, **csv** — a folder of ``<table>.parquet`` (``.csv``) files: all six tables
  from Tables, ``nodes`` and ``edges`` from a graph. Read with ``orgnet.read_tables``.

GraphML and GEXF hold neither ``None`` nor lists, and give each attribute one type. So,
per attribute: a text attribute writes a missing value as ``""``; a numeric or boolean
attribute (``start``, ``founded``, ``confidence`` ...) keeps its type and simply has no
value on the elements where it is missing (both formats' way of saying "unknown"), so a
year stays an integer in Gephi; lists and tuples are ``;``-joined. JSON keeps ``null``.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import networkx as nx
import pandas as pd

from . import vocabulary
from .errors import InputError
from .graph import to_graph
from .tables import SCHEMA, Tables

__all__ = ["export", "FORMATS", "graph_tables", "format_for"]

#: the formats :func:`export` writes
FORMATS = ("graphml", "gexf", "json", "parquet", "csv")
_FOLDER_FORMATS = ("parquet", "csv")
_SUFFIXES = {".graphml": "graphml", ".gexf": "gexf", ".json": "json"}


def format_for(path: str | Path) -> str | None:
    """The format a file name asks for by its suffix (``None`` when it does not say).

    >>> format_for("out/network.gexf"), format_for("out/tables")
    ('gexf', None)
    """
    return _SUFFIXES.get(Path(path).suffix.lower())


def export(tables_or_G, fmt: str, path: str | Path) -> Path:
    """Write a build's tables or a graph in one of :data:`FORMATS`.

    Parameters
    ----------
    tables_or_G : Tables or networkx graph
        A build's tables, or a graph from :func:`orgnet.graph.to_graph` or one of its views
        (a hierarchy tree, an ego graph ...).
    fmt : str
        ``graphml``, ``gexf``, ``json``, ``parquet`` or ``csv``.
    path : str or Path
        The file to write (graphml, gexf, json) or the folder (parquet, csv); missing parent
        folders are made.

    Returns
    -------
    Path
        `path`.

    Raises
    ------
    InputError
        When `fmt` is not a known format, or `path` is a folder where a file is wanted (or
        the other way round).

    Examples
    --------
    >>> import tempfile, networkx as nx
    >>> from orgnet.graph import example_tables
    >>> out = export(example_tables(), "graphml", tempfile.mkdtemp() + "/widgets.graphml")
    >>> H = nx.read_graphml(out, force_multigraph=True)
    >>> H.number_of_edges(), H.nodes["widget-research-institute"]["founded"]
    (9, 1980)
    """
    name = str(fmt or "").strip().lower()
    if name not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    path = Path(path)
    if name in _FOLDER_FORMATS:
        if path.exists() and not path.is_dir():
            raise InputError(f"{path}: is a file; {name} export writes a folder of tables")
        return _write_tables(tables_or_G, name, path)
    if path.is_dir():
        example = path / f"network.{name}"
        raise InputError(f"{path}: is a folder; give a file name for the {name} export (e.g. {example})")
    path.parent.mkdir(parents=True, exist_ok=True)
    G = _graph(tables_or_G)
    if name == "graphml":
        nx.write_graphml(_xml_safe(G), path)
    elif name == "gexf":
        nx.write_gexf(_gexf_ready(G), path, version="1.2draft")
    else:
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(_node_link(G), fh, ensure_ascii=False, allow_nan=False, indent=1)
            fh.write("\n")
    return path


def _graph(tables_or_G) -> nx.Graph:
    if isinstance(tables_or_G, nx.Graph):
        return tables_or_G
    if isinstance(tables_or_G, Tables):
        return to_graph(tables_or_G)
    raise TypeError(f"expected orgnet Tables or a networkx graph, not {type(tables_or_G).__name__}")


# --------------------------------------------------------------------------- tables


def _write_tables(tables_or_G, fmt: str, folder: Path) -> Path:
    if isinstance(tables_or_G, Tables):
        tables_or_G.write(folder, formats=(fmt,))
        return folder
    nodes, edges = graph_tables(_graph(tables_or_G))
    folder.mkdir(parents=True, exist_ok=True)
    for name, df in (("nodes", nodes), ("edges", edges)):
        if fmt == "parquet":
            df.to_parquet(folder / f"{name}.parquet", index=False, engine="pyarrow")
        else:
            df.to_csv(folder / f"{name}.csv", index=False, lineterminator="\n")
    return folder


def graph_tables(G: nx.Graph) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The ``nodes`` and ``edges`` tables of a graph (a view's tables), schema columns first.

    Columns a view added (``depth``, ``undated`` ...) follow the schema's; lists and tuples
    are ``;``-joined.

    >>> from orgnet.graph import example_tables, filter_graph, to_graph
    >>> nodes, edges = graph_tables(filter_graph(to_graph(example_tables()), relations="leads"))
    >>> len(nodes), list(edges["relation"].unique()), str(edges["start"].dtype)
    (4, ['leads'], 'Int64')
    """
    node_rows = [{**{k: _flat(v) for k, v in d.items()}, "id": str(n)} for n, d in G.nodes(data=True)]
    edge_rows = []
    for e in (G.edges(keys=True, data=True) if G.is_multigraph() else G.edges(data=True)):
        u, v, d = e[0], e[1], e[-1]
        row = {k: _flat(val) for k, val in d.items()}
        row.update(source=str(u), target=str(v))
        row.setdefault("relation", str(e[2]) if G.is_multigraph() else "")
        edge_rows.append(row)
    return _typed_frame(node_rows, "nodes"), _typed_frame(edge_rows, "edges")


def _flat(value):
    if isinstance(value, (list, tuple, set)):
        return ";".join(str(x) for x in (sorted(value, key=str) if isinstance(value, set) else value))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return value


def _typed_frame(rows: list[dict], table: str) -> pd.DataFrame:
    schema = SCHEMA[table]
    extra = list(dict.fromkeys(k for r in rows for k in r if k not in schema))
    df = pd.DataFrame(rows, columns=list(schema) + extra)
    for col, dtype in schema.items():
        if dtype == "Int64":
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("Int64")
        elif dtype == "float64":
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("float64")
        else:
            df[col] = df[col].astype("string").fillna("")
    for col in extra:
        kinds = {_type_name(v) for v in df[col] if _missing(v) is False}
        if kinds == {"str"} or len(kinds) > 1 and "str" in kinds:
            df[col] = df[col].map(lambda v: "" if _missing(v) else str(v)).astype("string")
    return df


# --------------------------------------------------------------------------- XML formats


def _missing(v) -> bool:
    if v is None:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    try:
        return bool(pd.isna(v)) if not isinstance(v, (list, tuple, set, dict, str)) else False
    except (TypeError, ValueError):
        return False


def _type_name(v) -> str:
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    if hasattr(v, "item") and not isinstance(v, str):  # numpy scalar
        return _type_name(v.item())
    return "str"


def _plan(items) -> dict[str, str]:
    """attribute -> the one type it is written as: bool, int, float or str."""
    seen: dict[str, set] = {}
    for d in items:
        for k, v in d.items():
            s = seen.setdefault(k, set())
            if not _missing(v):
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


def _cast(d: dict, plan: dict[str, str]) -> dict:
    out = {}
    for k, v in d.items():
        t = plan[k]
        if _missing(v):
            if t == "str":
                out[str(k)] = ""
            continue  # a numeric or boolean attribute has no value here
        v = _flat(v)
        if hasattr(v, "item") and not isinstance(v, str):
            v = v.item()
        out[str(k)] = {"str": str, "int": int, "float": float, "bool": bool}[t](v)
    return out


def _xml_safe(G: nx.Graph) -> nx.Graph:
    """A copy of `G` that GraphML and GEXF can hold: no None, no lists, one type per attribute."""
    H = G.__class__()
    H.graph.update(_cast(G.graph, _plan([G.graph])))
    node_plan = _plan(d for _, d in G.nodes(data=True))
    H.add_nodes_from((n, _cast(d, node_plan)) for n, d in G.nodes(data=True))
    edge_plan = _plan(e[-1] for e in G.edges(data=True))
    if G.is_multigraph():
        H.add_edges_from((u, v, k, _cast(d, edge_plan)) for u, v, k, d in G.edges(keys=True, data=True))
    else:
        H.add_edges_from((u, v, _cast(d, edge_plan)) for u, v, d in G.edges(data=True))
    return H


def _rgb(colour: str) -> dict:
    c = colour.lstrip("#")
    if len(c) == 3:
        c = "".join(x * 2 for x in c)
    return {"r": int(c[0:2], 16), "g": int(c[2:4], 16), "b": int(c[4:6], 16), "a": 1.0}


def _gexf_ready(G: nx.Graph) -> nx.Graph:
    """:func:`_xml_safe` plus Gephi's conventions: viz colours, edge labels, start/end as time."""
    H = _xml_safe(G)
    kinds, relations = vocabulary.kinds(), vocabulary.relations()
    for n, d in H.nodes(data=True):
        d.setdefault("label", str(n))
        colour = kinds.get(d.get("kind") or "", {}).get("colour")
        if colour:
            d["viz"] = {"color": _rgb(colour)}
    dated = False
    for e in (H.edges(keys=True, data=True) if H.is_multigraph() else H.edges(data=True)):
        d = e[-1]
        rel = d.get("relation") or (e[2] if H.is_multigraph() else "")
        spec = relations.get(rel, {})
        d["label"] = spec.get("label", str(rel))
        if spec.get("colour"):
            d["viz"] = {"color": _rgb(spec["colour"])}
        dated = dated or "start" in d or "end" in d
    H.graph = {"mode": "dynamic"} if dated else {}
    return H


# --------------------------------------------------------------------------- JSON


def _json_value(v):
    if _missing(v):
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
    data["graph"] = {**data.get("graph", {}),
                     "kind_colours": {k: v.get("colour") for k, v in vocabulary.kinds().items()},
                     "relation_colours": {k: v.get("colour") for k, v in vocabulary.relations().items()}}
    return data
