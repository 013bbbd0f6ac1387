"""FollowTheMoney entities for OCCRP Aleph and the OpenSanctions tools (``--format ftm``)."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

from .. import vocabulary
from ..cells import is_missing, split_cell
from ..errors import InputError
from ..graph import parse_intervals
from ..tables import Tables
from .formats import _graph

__all__ = ["to_ftm", "ftm_entities", "ftm_node_id", "ftm_edge_id"]


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
        proxy.add(
            "notes", f"orgnet id: {n}; kind: {kind or 'unknown'}" + (f"; documents: {'; '.join(docs)}" if docs else "")
        )
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
        said = (
            ([f"confidence {float(d['confidence']):.2f}"] if not is_missing(d.get("confidence")) else [])
            + ([str(d["hedge"])] if d.get("hedge") else [])
            + ([f"documents: {'; '.join(docs)}"] if docs else [])
        )
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
