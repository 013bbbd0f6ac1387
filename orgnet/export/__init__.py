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

from .folders import graph_tables
from .formats import FORMATS, format_for
from .ftm import ftm_edge_id, ftm_entities, ftm_node_id, to_ftm
from .graph_files import XMLCharacterWarning
from .write import export

__all__ = [
    "export",
    "XMLCharacterWarning",
    "FORMATS",
    "graph_tables",
    "format_for",
    "to_ftm",
    "ftm_entities",
    "ftm_node_id",
    "ftm_edge_id",
]
