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
* **ftm** — one ``.jsonl`` file of FollowTheMoney entities, one a line, for OCCRP Aleph and
  the OpenSanctions tools (:func:`to_ftm` says what maps to what). Needs the optional
  ``followthemoney`` package (``pip install orgnet[ftm]``). Read with
  ``followthemoney.model.get_proxy(json.loads(line))``.

Every format takes the whole network or a view: a graph from :func:`orgnet.graph.select_view`
(its ``graph``, or the :class:`~orgnet.graph.Selection` itself), :func:`~orgnet.graph.hierarchy`,
:func:`~orgnet.graph.as_of` ... For a view, parquet and csv write its ``nodes`` and ``edges``.

GraphML and GEXF hold neither ``None`` nor lists, and give each attribute one type. So,
per attribute: a text attribute writes a missing value as ``""``; a numeric or boolean
attribute (``start``, ``founded``, ``confidence`` ...) keeps its type and simply has no
value on the elements where it is missing (both formats' way of saying "unknown"), so a
year stays an integer in Gephi; lists and tuples are ``;``-joined. JSON keeps ``null``.

GEXF is written as version 1.2 (namespace ``http://www.gexf.net/1.2draft``, the namespace of the
1.2 schema): edge years are integers, so a dated graph declares ``timeformat="integer"`` (networkx
writes ``long``, which is not one of GEXF 1.2's time formats). Its ``lastmodifieddate`` is the day of
``SOURCE_DATE_EPOCH`` (UTC) when that is set, so two exports of the same network are byte-identical.

XML 1.0 cannot hold every character: C0 control characters other than tab, line feed and carriage
return, U+FFFE, U+FFFF and lone surrogates. GraphML and GEXF replace each by U+FFFD (the
replacement character) in every text they write (attribute values, node ids, attribute names),
and say how many with an :class:`XMLCharacterWarning`; JSON and the tables keep the text as it is.

The CSV export is meant to be opened in spreadsheets: a text cell starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return (or with single quotes followed by one of those) gets one
more single quote in front, so Excel and LibreOffice show it as text instead of running it as a
formula (OWASP's advice on CSV injection). It is the same writer as the build's ``OUT/*.csv``
(:meth:`orgnet.tables.Tables.write`), and :func:`orgnet.read_tables` takes the added quote off
again, so the values read back are exact; numbers are never changed, and Parquet holds the
values as they are.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
import warnings
from pathlib import Path
from urllib.parse import urlparse

import networkx as nx
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pa_csv

from . import vocabulary
from .cells import cell_text, is_missing, split_cell
from .errors import InputError
from .graph import Selection, parse_intervals, to_graph
from .tables import SCHEMA, Tables, _csv_cell, _csv_safe

__all__ = ["export", "XMLCharacterWarning", "FORMATS", "graph_tables", "format_for", "to_ftm", "ftm_entities",
           "ftm_node_id", "ftm_edge_id"]

#: the formats :func:`export` writes
FORMATS = ("graphml", "gexf", "json", "parquet", "csv", "ftm")
_FOLDER_FORMATS = ("parquet", "csv")
_SUFFIXES = {".graphml": "graphml", ".gexf": "gexf", ".json": "json", ".jsonl": "ftm", ".ftm": "ftm"}


class XMLCharacterWarning(UserWarning):
    """GraphML or GEXF export replaced characters XML cannot hold by U+FFFD."""


def format_for(path: str | Path) -> str | None:
    """The format a file name asks for by its suffix (``None`` when it does not say).

    >>> format_for("out/network.gexf"), format_for("out/network.jsonl"), format_for("out/tables")
    ('gexf', 'ftm', None)
    """
    return _SUFFIXES.get(Path(path).suffix.lower())


def export(tables_or_G, fmt: str, path: str | Path, documents: pd.DataFrame | None = None) -> Path:
    """Write a build's tables or a graph in one of :data:`FORMATS`.

    Parameters
    ----------
    tables_or_G : Tables, networkx graph or Selection
        A build's tables, or a graph from :func:`orgnet.graph.to_graph` or one of its views
        (a :func:`~orgnet.graph.select_view` selection, a hierarchy tree, an ego graph ...).
    fmt : str
        ``graphml``, ``gexf``, ``json``, ``parquet``, ``csv`` or ``ftm``.
    path : str or Path
        The file to write (graphml, gexf, json, ftm) or the folder (parquet, csv); missing parent
        folders are made.
    documents : pandas.DataFrame, optional
        The ``documents`` table, for ``ftm`` from a graph (source urls); Tables bring their own.

    Returns
    -------
    Path
        `path`.

    Raises
    ------
    InputError
        When `fmt` is not a known format, or `path` is a folder where a file is wanted (or
        the other way round).

    Warns
    -----
    XMLCharacterWarning
        When GraphML or GEXF replaced characters XML cannot hold by U+FFFD (it says how many).

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
    if name == "ftm":
        return to_ftm(tables_or_G, path, documents=documents)
    G = _graph(tables_or_G)
    if name in ("graphml", "gexf"):
        replaced = [0]
        if name == "graphml":
            nx.write_graphml(_xml_safe(G, replaced), path)
        else:
            _write_gexf(_gexf_ready(G, replaced), path)
        if replaced[0]:
            warnings.warn(f"{path}: replaced {replaced[0]} character{'s' if replaced[0] != 1 else ''} that XML "
                          "cannot hold (control characters, U+FFFE, U+FFFF, lone surrogates) by U+FFFD",
                          XMLCharacterWarning, stacklevel=2)
    else:
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(_node_link(G), fh, ensure_ascii=False, allow_nan=False, indent=1)
            fh.write("\n")
    return path


def _graph(tables_or_G) -> nx.Graph:
    if isinstance(tables_or_G, Selection):
        return tables_or_G.graph
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
        else:  # as Tables.write does: text always quoted (a CR inside stays in its cell), spreadsheet-safe
            with open(folder / f"{name}.csv", "wb") as fh:
                fh.write((",".join(_csv_cell(str(c)) for c in df.columns) + "\n").encode("utf-8"))
                table = pa.Table.from_pandas(df, preserve_index=False)
                pa_csv.write_csv(_csv_safe(table), fh, pa_csv.WriteOptions(include_header=False))
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
        kinds = {_type_name(v) for v in df[col] if is_missing(v) is False}
        if kinds == {"str"} or len(kinds) > 1 and "str" in kinds:
            df[col] = df[col].map(cell_text).astype("string")
    return df


# --------------------------------------------------------------------------- XML formats


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
        H.add_edges_from((_xml_text(u, replaced), _xml_text(v, replaced), _xml_text(k, replaced),
                          _cast(d, edge_plan, replaced)) for u, v, k, d in G.edges(keys=True, data=True))
    else:
        H.add_edges_from((_xml_text(u, replaced), _xml_text(v, replaced), _cast(d, edge_plan, replaced))
                         for u, v, d in G.edges(data=True))
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
    for e in (H.edges(keys=True, data=True) if H.is_multigraph() else H.edges(data=True)):
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


# --------------------------------------------------------------------------- JSON


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
    data["graph"] = {**data.get("graph", {}),
                     "kind_colours": {k: v.get("colour") for k, v in vocabulary.kinds().items()},
                     "relation_colours": {k: v.get("colour") for k, v in vocabulary.relations().items()}}
    return data


# --------------------------------------------------------------------------- FollowTheMoney

#: orgnet kind -> FtM schema of the node (``ftm`` in vocab/kinds.yaml); others are ``Organization``
FTM_NODE_SCHEMA = {k: spec["ftm"] for k, spec in vocabulary.kinds().items() if spec.get("ftm")}
#: orgnet relation -> FtM interval schema and its (source, target) properties (``ftm`` in
#: vocab/relations.yaml); others are ``UnknownLink`` (subject, object)
FTM_EDGE_SCHEMA = {r: tuple(spec["ftm"]) for r, spec in vocabulary.relations().items() if spec.get("ftm")}
_FTM_LINK = ("UnknownLink", "subject", "object")


def _ftm_model():
    try:
        from followthemoney import model
    except ImportError:
        raise InputError("the ftm export needs the followthemoney package: pip install 'orgnet[ftm]'") from None
    return model


def _make_id(*parts: str) -> str:
    _ftm_model()
    from followthemoney.util import make_entity_id

    return str(make_entity_id(*parts))


def ftm_node_id(node_id: str) -> str:
    """The FtM entity id of an orgnet node: a hash of ``orgnet`` and the node's id, so it stays
    put as long as the node's id does.

    >>> ftm_node_id("li-wei") == ftm_node_id("li-wei") != ftm_node_id("anna-karlsson")
    True
    """
    return _make_id("orgnet", "node", str(node_id))


def ftm_edge_id(source: str, relation: str, target: str, interval: object = None) -> str:
    """The FtM entity id of an orgnet edge (the first of its intervals), or of its later
    `interval` (an edge held twice is two FtM intervals).

    >>> ftm_edge_id("li-wei", "leads", "wri") != ftm_edge_id("li-wei", "leads", "wri", "2010-2012")
    True
    """
    parts = ["orgnet", "edge", str(source), str(relation), str(target)]
    return _make_id(*parts, *([str(interval)] if interval is not None else []))


def _sources(documents: pd.DataFrame | None) -> dict[str, dict[str, str]]:
    """doc name -> its url and retrieved date, where the documents table has them."""
    out: dict[str, dict[str, str]] = {}
    if documents is None or "doc" not in documents.columns:
        return out
    for row in documents.to_dict("records"):
        info = {k: str(row[k]) for k in ("url", "retrieved") if k in row and not is_missing(row[k]) and str(row[k])}
        if info:
            out[str(row["doc"])] = info
    return out


def _add_sources(proxy, docs: list[str], sources: dict[str, dict[str, str]]) -> None:
    for doc in docs:
        info = sources.get(doc, {})
        if info.get("url"):
            proxy.add("sourceUrl", info["url"], quiet=True)
            proxy.add("publisher", urlparse(info["url"]).hostname, quiet=True)
        if info.get("retrieved"):
            proxy.add("retrievedAt", info["retrieved"][:10], quiet=True)


def ftm_entities(tables_or_G, documents: pd.DataFrame | None = None) -> list:
    """The network as FollowTheMoney entity proxies: nodes first (by id), then the links.

    What maps to what (schemas of the ``followthemoney`` package's model):

    * a ``person`` -> ``Person``; a ``state_body`` or ``security_service`` -> ``PublicBody``
      (FtM: "a public body, such as a ministry, department or state company"); a ``business``
      -> ``Company``; a ``place`` -> ``Address`` (its label is the address's ``full`` text), so
      links to places survive; every other kind (party bodies, think tanks, associations,
      foreign bodies ...) -> ``Organization``. A party body is not a ``PublicBody``: FtM keeps
      that for the state.
    * node properties: ``name`` (label), ``alias`` (aliases and Chinese names),
      ``incorporationDate`` (founded, where the schema has it), ``description``, and ``notes``
      with the orgnet id, kind and documents.
    * ``leads`` -> ``Directorship`` (director, organization, ``role`` = the title); ``part_of``
      -> ``Membership`` (member, organization). Both fall back to ``UnknownLink`` where an end
      does not fit the schema (a place, a person as the organisation).
    * every other relation -> ``UnknownLink`` (subject = the edge's source, object = its
      target, ``role`` = the relation's label, e.g. "funded by"). No relation becomes an
      ``Ownership``: ``funded_by`` (pays for), ``operated_by`` (runs) and ``controlled_by``
      (command or political control) do not say who owns shares in what. ``subordinate_to``
      is a line of command, not a membership, so it is an ``UnknownLink`` too.
    * link properties: ``startDate``/``endDate`` (years of the interval; an edge with several
      intervals is one entity per interval), ``description`` (the evidence quote), ``summary``
      (what orgnet says, with confidence, hedge and documents), ``recordId``
      (``source|relation|target``, the orgnet edge).
    * every entity: ``sourceUrl``, ``publisher`` (the url's host) and ``retrievedAt`` of its
      documents, where the ``documents`` table gives a url.

    Ids are :func:`ftm_node_id` and :func:`ftm_edge_id`: hashes of orgnet's node ids and edge
    keys, stable across builds while those are.

    Parameters
    ----------
    tables_or_G : Tables, networkx graph or Selection
        The whole network or a view.
    documents : pandas.DataFrame, optional
        The ``documents`` table, when `tables_or_G` is a graph (Tables bring their own).

    Returns
    -------
    list of followthemoney.proxy.EntityProxy

    Raises
    ------
    InputError
        When the ``followthemoney`` package is not installed.

    Examples
    --------
    >>> from orgnet.graph import example_tables
    >>> entities = ftm_entities(example_tables())
    >>> sorted({e.schema.name for e in entities})  # doctest: +NORMALIZE_WHITESPACE
    ['Directorship', 'Organization', 'Person', 'PublicBody', 'UnknownLink']
    >>> [(e.first("role"), e.first("startDate"), e.first("endDate")) for e in entities
    ...  if e.schema.name == "Directorship" and e.first("startDate") == "1990"]
    [('Director', '1990', '2005')]
    """
    model = _ftm_model()
    if documents is None and isinstance(tables_or_G, Tables):
        documents = tables_or_G.documents
    G = _graph(tables_or_G)
    sources = _sources(documents)
    relations = vocabulary.relations()
    out, schema_of = [], {}
    for n in sorted(G.nodes, key=str):
        d = G.nodes[n]
        kind = str(d.get("kind") or "")
        proxy = model.make_entity(FTM_NODE_SCHEMA.get(kind, "Organization"))
        proxy.id = ftm_node_id(n)
        label = str(d.get("label") or n)
        proxy.add("name", label)
        if proxy.schema.name == "Address":
            proxy.add("full", label)
        for alias in split_cell(d.get("aliases")) + split_cell(d.get("name_zh")):
            proxy.add("alias", alias, quiet=True)
        if not is_missing(d.get("founded")) and d.get("founded") != "":
            proxy.add("incorporationDate", str(int(d["founded"])), quiet=True)
        if not is_missing(d.get("description")) and str(d.get("description")):
            proxy.add("description", str(d["description"]))
        docs = split_cell(d.get("docs"))
        proxy.add("notes", f"orgnet id: {n}; kind: {kind or 'unknown'}"
                  + (f"; documents: {'; '.join(docs)}" if docs else ""))
        _add_sources(proxy, docs, sources)
        schema_of[n] = proxy.schema
        out.append(proxy)
    edges = G.edges(keys=True, data=True) if G.is_multigraph() else ((u, v, None, d) for u, v, d in G.edges(data=True))
    for u, v, k, d in sorted(edges, key=lambda e: (str(e[0]), str(e[3].get("relation") or e[2]), str(e[1]))):
        rel = str(d.get("relation") or k or "")
        name, src_prop, dst_prop = FTM_EDGE_SCHEMA.get(rel, _FTM_LINK)
        schema = model.get(name)
        if not (schema_of[u].is_a(schema.get(src_prop).range) and schema_of[v].is_a(schema.get(dst_prop).range)):
            name, src_prop, dst_prop = _FTM_LINK
        spans = d.get("intervals")
        spans = parse_intervals(spans, d.get("start"), d.get("end")) if not isinstance(spans, list) else spans
        if not spans and not (is_missing(d.get("start")) and is_missing(d.get("end"))):
            spans = parse_intervals(None, d.get("start"), d.get("end"))
        label = relations.get(rel, {}).get("label", rel)
        docs = split_cell(d.get("docs"))
        summary = f"orgnet: {G.nodes[u].get('label') or u} {label} {G.nodes[v].get('label') or v}"
        said = ([f"confidence {float(d['confidence']):.2f}"] if not is_missing(d.get("confidence")) else []) \
            + ([str(d["hedge"])] if d.get("hedge") else []) + ([f"documents: {'; '.join(docs)}"] if docs else [])
        summary += f" ({', '.join(said)})" if said else ""
        for i, span in enumerate(spans or [None]):
            proxy = model.make_entity(name)
            proxy.id = ftm_edge_id(u, rel, v, None if i == 0 else span)
            proxy.add(src_prop, ftm_node_id(u))
            proxy.add(dst_prop, ftm_node_id(v))
            if name == "UnknownLink":
                proxy.add("role", label)
            elif d.get("title"):
                proxy.add("role", str(d["title"]))
            if span is not None and span.start is not None:
                proxy.add("startDate", str(span.start))
            if span is not None and span.end is not None:
                proxy.add("endDate", str(span.end))
            if d.get("evidence"):
                proxy.add("description", str(d["evidence"]))
            proxy.add("summary", summary)
            proxy.add("recordId", f"{u}|{rel}|{v}")
            _add_sources(proxy, docs, sources)
            out.append(proxy)
    return out


def to_ftm(tables_or_G, path: str | Path, documents: pd.DataFrame | None = None) -> Path:
    """Write the network (or a view) as FollowTheMoney entities, one JSON object a line.

    :func:`ftm_entities` says what maps to what. The file loads into OCCRP Aleph
    (``alephclient write-entities``) and the OpenSanctions tools (``ftm`` command line,
    nomenklatura); each line reads back with ``followthemoney.model.get_proxy``.

    Parameters
    ----------
    tables_or_G : Tables, networkx graph or Selection
        The whole network or a view.
    path : str or Path
        The ``.jsonl`` file to write; missing parent folders are made.
    documents : pandas.DataFrame, optional
        The ``documents`` table, when `tables_or_G` is a graph (source urls).

    Returns
    -------
    Path
        `path`.

    Examples
    --------
    >>> import json, tempfile
    >>> from followthemoney import model
    >>> from orgnet.graph import example_tables
    >>> out = to_ftm(example_tables(), tempfile.mkdtemp() + "/widgets.jsonl")
    >>> proxies = [model.get_proxy(json.loads(line)) for line in out.read_text("utf-8").splitlines()]
    >>> len(proxies), sorted(p.first("name") for p in proxies if p.schema.name == "Person")
    (17, ['Anna Karlsson', 'Li Wei', 'Sam Okoro'])
    """
    entities = ftm_entities(tables_or_G, documents=documents)
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name for the ftm export (e.g. {path / 'network.jsonl'})")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for proxy in entities:
            fh.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
    return path
