"""The ``orgnet`` command line: ``orgnet build``, ``orgnet evaluate``, ``orgnet brief``, ``orgnet verify``.

Errors orgnet raises on purpose (:class:`~orgnet.errors.OrgnetError`) are printed as one
line, ``orgnet: error: ...``, with exit code 2; anything else is a bug and shows a traceback.
A number option out of its range (``--jobs 0``, ``--depth -1`` ...) is an argparse error, exit 2.
Every file name and text the command line prints goes through :func:`shown`, so control
characters in them (an escape sequence in a file name) reach the terminal escaped, never raw.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import re
import sys
import warnings
from pathlib import Path

from .errors import OrgnetError, OrgnetWarning
from .pipeline import DOC_TIMEOUT_DEFAULT

__all__ = ["main", "run", "shown"]

# C0 and C1 control characters, DEL, and the bidirectional overrides that reorder what follows
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def shown(text: object) -> str:
    r"""`text` as it may be printed to a terminal: control characters (C0, C1, DEL, bidi
    overrides) written as Python escapes, so an escape sequence in a file name cannot colour,
    move or clear anything, and a newline cannot fake another output line.

    >>> shown("report\x1b[31m.txt"), shown("two\nlines"), shown("Zürich 北京")
    ('report\\x1b[31m.txt', 'two\\nlines', 'Zürich 北京')
    """

    def escape(m: re.Match) -> str:
        c = ord(m.group())
        named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(m.group())
        return named or (f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}")

    return _CONTROL.sub(escape, str(text))


def _at_least(low: int, what: str):
    """An argparse type: an integer >= `low`."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{what} must be a whole number, not {text!r}") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"{what} must be {low} or more, not {value}")
        return value

    return parse


def _year(text: str) -> int:
    """An argparse type: a year from 1 to 9999."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a year must be a whole number such as 2000, not {text!r}") from None
    if not 1 <= value <= 9999:
        raise argparse.ArgumentTypeError(f"a year must be from 1 to 9999, not {value}")
    return value


def _ratio(text: str) -> float:
    """An argparse type: a recall bar, a finite number of 0 or more (a bar above 1, which no
    build can meet, is allowed: ``--check`` then fails on purpose)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a bar must be a number such as 0.9, not {text!r}") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(
            f"a bar must be a number of 0 or more (a share of the gold such as 0.9), not {text}"
        )
    return value


def _seconds(text: str) -> float:
    """An argparse type: a number of seconds, 0 or more (0: no limit)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--doc-timeout must be a number of seconds (60), not {text!r}") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"--doc-timeout must be 0 or more seconds, not {text}")
    return value


def _build(args: argparse.Namespace) -> int:
    from .integrity import build_lock
    from .pipeline import build_into

    if args.scheduler and args.engine != "dask":
        from .errors import InputError

        raise InputError("--scheduler ADDRESS is for --engine dask")
    # the lock is held from before the cache and the ids are read until the manifest is written
    with build_lock(args.out), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", OrgnetWarning)
        cache = None if args.no_cache else Path(args.out) / ".cache"
        try:
            # the claims table is written as it is made, never held whole (a large corpus needs
            # memory for its entities and edges, not its claims)
            report = build_into(
                args.seeds,
                args.out,
                strict=args.strict,
                progress=None if not args.no_progress else False,
                jobs=args.jobs,
                cache=cache,
                ids=Path(args.out),
                engine=args.engine,
                scheduler=args.scheduler,
                doc_timeout=args.doc_timeout or None,
            )
        finally:
            _show_warnings("orgnet build", caught)
    s, paths = report.summary, report.paths
    print(
        f"orgnet build: {s['documents']} documents, {s['nodes']} nodes, {s['edges']} edges, "
        f"{s['claims']} claims, {s['conflicts']} conflicts, {s['merges']} merges, {s['warnings']} warnings "
        f"-> {shown(args.out)}/"
    )
    documents = report.documents
    bad = documents[(documents["status"] != "ok") | (documents["warnings"] != "")]
    for _, row in bad.iterrows():
        print(f"  {shown(row['doc'])}: {shown(row['status'])} - {shown(row['warnings'])}")
    if args.verbose:
        for p in paths:
            print(f"  wrote {shown(p)}")
    return 0


def _show_warnings(command: str, caught: list[warnings.WarningMessage]) -> None:
    """Print orgnet's own warnings as ``<command>: warning: ...`` on stderr, others as Python would."""
    for w in caught:
        if issubclass(w.category, OrgnetWarning):
            print(f"{command}: warning: {shown(w.message)}", file=sys.stderr)
        else:
            warnings.showwarning(w.message, w.category, w.filename, w.lineno, w.file, w.line)


def _verify(args: argparse.Namespace) -> int:
    from .integrity import verify

    m = verify(args.tables)
    print(
        f"orgnet verify: {args.tables}: OK, build {m.get('build_id', '?')} of {m.get('created', '?')}, "
        f"{len(m.get('files', []))} files match manifest.json"
    )
    if args.sources:
        from .tables.files import changed_sources

        changes = changed_sources(args.tables, args.sources)
        for line in changes:
            print(f"  {shown(line)}")
        if changes:
            print(
                f"orgnet verify: {len(changes)} document(s) of {args.sources} changed since the build; "
                "build again to bring the tables up to date",
                file=sys.stderr,
            )
            return 1
        print(f"orgnet verify: every document of {args.sources} is as the build read it")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_report

    report = evaluate(args.gold, args.tables)
    text = json.dumps(report.figures()) if args.json else format_report(report)
    print("\n".join(shown(line) for line in text.split("\n")))
    if args.check and not report.passes(args.min_core_nodes, args.min_core_edges, args.min_core_leads):
        return 1
    return 0


def _export(args: argparse.Namespace) -> int:
    from .errors import InputError
    from .export import FORMATS, export, format_for
    from .tables import read_tables

    fmt = args.format or format_for(args.out)
    if not fmt:
        raise InputError(f"{args.out}: say which format with --format ({', '.join(FORMATS)})")
    if fmt.strip().lower() not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    tables = read_tables(args.tables)
    what, note = tables, ""
    if any(v is not None for v in (args.focus, args.year, args.kinds, args.relations)) or args.depth is not None:
        what, note = _export_view(tables, args)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = export(what, fmt, args.out, documents=tables.documents)
    for w in caught:
        print(f"orgnet export: warning: {shown(w.message)}", file=sys.stderr)
    print(f"orgnet export: {shown(fmt.strip().lower())} -> {shown(out)}{shown(note)}")
    return 0


def _export_view(tables, args: argparse.Namespace):
    """The view the export flags ask for (:func:`orgnet.graph.select_view`), and a line saying
    its size; a focus that names no node, or is filtered away, is an error."""
    from .errors import InputError
    from .graph import DEFAULT_DEPTH, select_view, to_graph
    from .vocabulary import kinds, relations

    if args.depth is not None and not args.focus:
        raise InputError("--depth needs --focus NAME (the node to count steps from)")
    for flag, names, known in (
        ("--kinds", _names(args.kinds), kinds()),
        ("--relations", _names(args.relations), relations()),
    ):
        unknown = [n for n in names or () if n not in known]
        if unknown:
            raise InputError(f"{flag}: unknown {', '.join(map(repr, unknown))}; choose from {', '.join(known)}")
    view = select_view(
        to_graph(tables),
        focus=args.focus,
        depth=DEFAULT_DEPTH if args.depth is None else args.depth,
        year=args.year,
        kinds=_names(args.kinds),
        relations=_names(args.relations),
    )
    if view.problems:
        raise InputError(" ".join(view.problems))
    return view, f" (view: {view.n_nodes} nodes, {view.n_edges} edges)"


def _names(values: list[str] | None) -> list[str] | None:
    """``--kinds a b,c`` -> ``["a", "b", "c"]``; None when the flag is not given."""
    if values is None:
        return None
    return [n.strip() for v in values for n in v.split(",") if n.strip()]


def _brief(args: argparse.Namespace) -> int:
    from .render.briefing import write_briefing, write_index
    from .tables import read_tables

    out = Path(args.out)
    tables = read_tables(args.tables)
    view = "path" if args.path and args.view == "ego" else args.view
    path = write_briefing(
        tables,
        out,
        view=view,
        focus=args.focus,
        depth=args.depth,
        as_of=args.as_of,
        relations=args.relations,
        kinds=args.kinds,
        path=args.path,
        communities=args.communities,
        size_by=args.size_by,
    )
    print(f"orgnet brief: {view} view -> {shown(path)}")
    if args.index:
        pages = sorted(p for p in path.parent.glob("*.html") if p.name != "index.html" and _is_briefing(p))
        index = write_index(pages, path.parent / "index.html")
        print(f"orgnet brief: index of {len(pages)} briefing{'s' if len(pages) != 1 else ''} -> {shown(index)}")
    return 0


def _is_briefing(path: Path) -> bool:
    head = path.read_text("utf-8", errors="replace")[:2000]
    return '<meta name="generator" content="orgnet' in head


def make_parser() -> argparse.ArgumentParser:
    """The ``orgnet`` command line: one sub-command a stage (build, evaluate, export, verify, brief)."""
    p = argparse.ArgumentParser(prog="orgnet", description="Map organisational networks from source documents.")
    sub = p.add_subparsers(dest="command", required=True)
    for add in (_add_build, _add_evaluate, _add_export, _add_verify, _add_brief):
        add(sub)
    return p


def _add_build(sub) -> None:
    """The sub-command build: documents to tables."""
    b = sub.add_parser("build", help="build node, edge, claim, document and conflict tables from a folder")
    b.add_argument("seeds", nargs="?", default="seeds", help="folder of documents (default: seeds/)")
    b.add_argument("--out", default="build/tables", help="output folder (default: build/tables/)")
    b.add_argument("--strict", action="store_true", help="treat any warning as an error (exit 2)")
    b.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    b.add_argument(
        "--jobs",
        type=_at_least(1, "--jobs"),
        default=None,
        metavar="N",
        help="processes that parse documents, 1 or more (default: all cores); output does not depend on it",
    )
    b.add_argument(
        "--no-cache", action="store_true", help="parse every document again (the cache in OUT/.cache is safe to delete)"
    )
    b.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="where documents are parsed: this machine's processes (default) or a Dask cluster "
        "(pip install 'orgnet[dask]'); the tables are the same",
    )
    b.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="the Dask scheduler to use with --engine dask (e.g. tcp://10.0.0.5:8786); without it "
        "a local cluster of --jobs worker processes is started",
    )
    b.add_argument(
        "--doc-timeout",
        type=_seconds,
        default=DOC_TIMEOUT_DEFAULT,
        metavar="SECONDS",
        help=f"stop a document's parse after this many CPU seconds per MB of the file (at least "
        f"this many): it gets status 'timeout' and no claims, and the build goes on (default: "
        f"{DOC_TIMEOUT_DEFAULT:g}; 0: no limit)",
    )
    b.add_argument("-v", "--verbose", action="store_true", help="list the files written")
    b.set_defaults(func=_build)


def _add_evaluate(sub) -> None:
    """The sub-command evaluate: a build against gold files."""
    e = sub.add_parser("evaluate", help="score a build against hand-annotated gold files")
    e.add_argument(
        "gold", help="gold YAML file (a documents: list or one document entry) or a folder of *.yaml gold files"
    )
    e.add_argument("--tables", default="build/tables", help="a build's tables folder (default: build/tables/)")
    e.add_argument("--json", action="store_true", help="print only the overall figures, as one JSON object")
    e.add_argument(
        "--check", action="store_true", help="exit 1 when a bar below is not met or a not_node is a node label"
    )
    e.add_argument(
        "--min-core-nodes", type=_ratio, default=0.95, metavar="R", help="bar of core node recall (default 0.95)"
    )
    e.add_argument(
        "--min-core-edges", type=_ratio, default=0.85, metavar="R", help="bar of core typed edge recall (default 0.85)"
    )
    e.add_argument(
        "--min-core-leads", type=_ratio, default=0.0, metavar="R", help="bar of core leads recall (default 0: none)"
    )
    e.set_defaults(func=_evaluate)


def _add_export(sub) -> None:
    """The sub-command export: the network or a view for other tools."""
    x = sub.add_parser(
        "export",
        help="write a build or a view of it as GraphML, GEXF (Gephi), node-link JSON (D3), "
        "Parquet, CSV or FollowTheMoney entities (Aleph)",
    )
    x.add_argument(
        "--format", help="graphml, gexf, json, parquet, csv or ftm (default: from the suffix of --out; .jsonl is ftm)"
    )
    x.add_argument("--out", required=True, help="file to write (a folder for parquet and csv)")
    x.add_argument("--tables", default="build/tables", help="a build's tables folder (default: build/tables/)")
    x.add_argument("--focus", metavar="NAME", help="export only the neighbourhood of this node (label, alias or id)")
    x.add_argument("--depth", type=_at_least(0, "--depth"), metavar="K", help="steps out from --focus (default 2)")
    x.add_argument("--year", type=_year, metavar="YEAR", help="the network as it stood in YEAR")
    x.add_argument("--kinds", nargs="+", metavar="KIND", help="keep only these kinds of node (names or a,b,c)")
    x.add_argument("--relations", nargs="+", metavar="RELATION", help="keep only these relations (names or a,b,c)")
    x.set_defaults(func=_export)


def _add_verify(sub) -> None:
    """The sub-command verify: a build folder against its manifest."""
    v = sub.add_parser(
        "verify",
        help="check a build folder against its manifest.json (sizes, SHA-256); print OK or what is wrong (exit 2)",
    )
    v.add_argument("tables", nargs="?", default="build/tables", help="a build's tables folder (default: build/tables/)")
    v.add_argument(
        "--sources",
        metavar="FOLDER",
        help="also check that the documents of FOLDER are as the build "
        "read them (SHA-256 of documents.csv); exit 1 when not",
    )
    v.set_defaults(func=_verify)


def _add_brief(sub) -> None:
    """The sub-command brief: one view as a self-contained HTML page."""
    br = sub.add_parser(
        "brief", help="write a briefing: one self-contained HTML file (ego, hierarchy, fronts or path view)"
    )
    br.add_argument(
        "--view",
        choices=("ego", "hierarchy", "fronts", "path"),
        default="ego",
        help="ego: the neighbourhood of --focus (default); hierarchy: the tree under --focus; "
        "fronts: every front organization; path: how A is connected to B (--path A B)",
    )
    br.add_argument("--focus", metavar="NAME", help="a node's label, alias (e.g. an abbreviation) or id")
    br.add_argument(
        "--depth",
        type=_at_least(0, "--depth"),
        default=2,
        metavar="K",
        help="steps out from --focus in the ego view (default 2)",
    )
    br.add_argument("--as-of", type=_year, metavar="YEAR", help="the network as it stood in YEAR")
    br.add_argument("--relations", nargs="+", metavar="RELATION", help="keep only these relations (names or a,b,c)")
    br.add_argument("--kinds", nargs="+", metavar="KIND", help="keep only these kinds of node (names or a,b,c)")
    br.add_argument(
        "--path",
        nargs=2,
        metavar=("A", "B"),
        help="draw how A is connected to B: the shortest paths (links followed either way), "
        "with the evidence of each step",
    )
    br.add_argument(
        "--communities",
        action="store_true",
        help="ring each node in the colour of its community (Louvain, on the whole network)",
    )
    br.add_argument(
        "--size-by",
        choices=("degree", "betweenness", "pagerank", "eigenvector"),
        metavar="MEASURE",
        help="size nodes by this measure on the whole network: degree, betweenness, pagerank or "
        "eigenvector (default: their number of links in the view)",
    )
    br.add_argument("--tables", default="build/tables", help="a build's tables folder (default: build/tables/)")
    br.add_argument("--out", required=True, metavar="FILE.html", help="the briefing file to write")
    br.add_argument(
        "--index", action="store_true", help="also write index.html next to FILE, linking every briefing in that folder"
    )
    br.set_defaults(func=_brief)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``orgnet`` console script."""
    args = make_parser().parse_args(argv)
    try:
        return args.func(args)
    except OrgnetError as exc:
        print(f"orgnet: error: {shown(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("orgnet: interrupted", file=sys.stderr)
        return 130


def run() -> None:
    """The ``orgnet`` console script and ``python -m orgnet``: :func:`main`, then exit."""
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # "orgnet evaluate ... | head": the reader has gone; stop quietly, as other commands do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 0
    # the command is done: spare the interpreter's exit a full garbage collection over
    # everything it built (about 0.1 s after a 2,000-article build)
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":  # pragma: no cover
    run()
