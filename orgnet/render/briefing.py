"""Briefings: one self-contained HTML file per topic, made from a build's tables (render stage).

A briefing is a view of the network (:mod:`orgnet.graph`) drawn by
:func:`orgnet.render.network.network_html`, with a title, the generation date, a legend,
filters, a name search, a side panel holding the evidence, documents and citations of
whatever is selected, and the list of sources. Three views:

=============  ==============================================================================
``ego``        everything within `depth` steps of `focus` (the default view)
``hierarchy``  the tree under `focus` (:func:`orgnet.graph.hierarchy`) drawn top-down, with every
               edge among its members
``fronts``     every front organisation with what it fronts for, who runs, funds and founded
               it and whom it targets (:func:`orgnet.graph.fronts`), plus that table
``path``       how one node is connected to another (``path=(a, b)``): the shortest paths
               (:func:`orgnet.graph.paths`) drawn left to right, plus a table of their steps
               with the evidence of each
=============  ==============================================================================

Any view can first be cut to a year (``as_of``), to some relations or to some kinds. On
request, node size follows a centrality measure (``size_by``) and each node's border shows its
community (``communities=True``), both computed on the network as filtered, before the cut
to a focus or a path, so a node keeps its size and community from one briefing to the next. The page
itself has a year control (and a "show undated links" box) that filters the drawing by the rule
of :func:`orgnet.graph.as_of`, in the browser; it starts at ``as_of`` when one is given.
The code knows nothing about any corpus: names come from the tables only.
"""

from __future__ import annotations

import html.parser
import os
import urllib.parse
from pathlib import Path
from typing import Iterable, Sequence

from ..errors import InputError
from ..tables import Tables, read_tables
from .briefing_view import SIZE_MEASURES, VIEWS, _fronts_table, _path_table, briefing_graph
from .network import _generated, network_html, template_environment

__all__ = ["VIEWS", "SIZE_MEASURES", "briefing_graph", "briefing_html", "write_briefing", "write_index"]


def briefing_html(
    tables: Tables | str | os.PathLike,
    *,
    view: str = "ego",
    focus: str | None = None,
    depth: int = 2,
    as_of: int | None = None,
    relations: Iterable[str] | None = None,
    kinds: Iterable[str] | None = None,
    title: str | None = None,
    generated=None,
    path: Sequence[str] | None = None,
    communities: bool = False,
    size_by: str | None = None,
) -> str:
    """A briefing page (one self-contained HTML file) for one view of a build.

    Parameters
    ----------
    tables : Tables or path
        A build's tables, or the folder ``orgnet build`` wrote them to.
    view : {"ego", "hierarchy", "fronts", "path"}
        What to draw (see the module docstring); ``ego`` by default, ``path`` when `path`
        is given.
    focus : str, optional
        The node (id, label or alias, e.g. an abbreviation) at the centre of an ego view or
        the root of a hierarchy. Required by those two; the fronts view takes none.
    depth : int
        Steps out from the focus for the ego view (default 2).
    as_of : int, optional
        Draw the network as it stood in this year (:func:`orgnet.graph.as_of`); the page's
        year control starts there.
    relations, kinds : iterable of str, optional
        Keep only these relations / kinds of node (names from ``vocab/*.yaml``).
    title : str, optional
        Replaces the title made from the view.
    generated : datetime or str, optional
        The generation time shown (default now, UTC).
    path : (str, str), optional
        Two nodes (id, label or alias): draw how the first is connected to the second, the
        shortest paths (:func:`orgnet.graph.paths`, at most 3 of at most 6 steps, links
        followed either way), with a table of the steps and their evidence.
    communities : bool
        Draw each node's border in the colour of its community (:func:`orgnet.graph.communities`
        on the network as filtered) and show the number in the side panel.
    size_by : {"degree", "betweenness", "pagerank", "eigenvector"}, optional
        Size nodes by this measure (:func:`orgnet.graph.node_measure` on the network as
        filtered) instead of their number of links in the view.

    Returns
    -------
    str
        The HTML page.

    Raises
    ------
    UnknownNodeError
        When `focus` names no node; the message suggests the closest names.
    InputError
        See :func:`briefing_graph`.

    Examples
    --------
    >>> from orgnet.graph import example_tables
    >>> page = briefing_html(example_tables(), view="fronts")
    >>> "<h1 id=\\"title\\">Front organizations</h1>" in page
    True
    """
    if not isinstance(tables, Tables):
        tables = read_tables(tables)
    G, info = briefing_graph(
        tables,
        view=view,
        focus=focus,
        depth=depth,
        as_of=as_of,
        relations=relations,
        kinds=kinds,
        path=path,
        communities=communities,
        size_by=size_by,
    )
    extra = [_fronts_table(info["fronts"])] if info["fronts"] is not None else []
    if info["paths"] is not None:
        extra.append(_path_table(info["paths"]))
    return network_html(
        G,
        title=title or info["title"],
        subtitle=info["subtitle"],
        sources=tables.documents,
        hierarchical_root=info["root"],
        claims=tables.claims,
        focus=info["focus"],
        generated=generated,
        tables=extra,
        notes=info["notes"],
        conflicts=tables.conflicts,
        merges=tables.merges,
        year=None if as_of is None else int(as_of),
        positions=info["positions"],
        sizes=info["sizes"],
        size_by=info["size_by"],
        communities=info["communities"],
    )


def write_briefing(tables: Tables | str | os.PathLike, out: str | os.PathLike, **kwargs) -> Path:
    """Write :func:`briefing_html` (same keyword arguments) to `out`; return its path.

    The folder is created if needed; the file is written whole or not at all.
    """
    out = Path(out)
    page = briefing_html(tables, **kwargs)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, out)
    return out


class _Head(html.parser.HTMLParser):
    """Reads the <title> and the description / generated <meta> of a briefing."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title, self._in_title = "", False
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "title":
            self._in_title = True
        elif tag == "meta" and a.get("name"):
            self.meta[a["name"]] = a.get("content") or ""

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag == "head":
            raise StopIteration

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def _head(path: Path) -> _Head:
    h = _Head()
    try:
        h.feed(path.read_text("utf-8", errors="replace")[:200_000])
    except StopIteration:
        pass
    return h


def write_index(
    paths: Sequence[str | os.PathLike], out: str | os.PathLike, *, title: str = "Briefings", generated=None
) -> Path:
    """Write an ``index.html`` at `out` linking each briefing in `paths` (relative links).

    Each entry shows the briefing's title, subtitle and generation date, read from its
    ``<head>``. Links are relative to `out`'s folder and percent-encoded, so the index and
    its briefings can be mailed or copied together.

    Examples
    --------
    >>> import tempfile
    >>> from orgnet.graph import example_tables
    >>> d = Path(tempfile.mkdtemp())
    >>> p = write_briefing(example_tables(), d / "fronts.html", view="fronts")
    >>> index = write_index([p], d / "index.html").read_text()
    >>> 'href="./fronts.html"' in index and "Front organizations" in index
    True
    """
    out = Path(out)
    entries = []
    for p in paths:
        p = Path(p)
        if not p.is_file():
            raise InputError(f"{p}: no such briefing to index")
        h = _head(p)
        rel = os.path.relpath(p.resolve(), out.resolve().parent)
        href = "./" + urllib.parse.quote(rel.replace(os.sep, "/"))
        entries.append(
            {
                "href": href,
                "title": h.title.strip() or p.name,
                "name": p.name,
                "subtitle": h.meta.get("description", ""),
                "generated": h.meta.get("orgnet-generated", ""),
            }
        )
    page = (
        template_environment()
        .get_template("index.html.j2")
        .render(title=title, entries=entries, generated=_generated(generated))
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out
