"""The ``orgnet`` command line: ``orgnet build``, ``orgnet evaluate``.

Errors orgnet raises on purpose (:class:`~orgnet.errors.OrgnetError`) are printed as one
line, ``orgnet: error: ...``, with exit code 2; anything else is a bug and shows a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import OrgnetError

__all__ = ["main"]


def _build(args: argparse.Namespace) -> int:
    from .pipeline import build

    tables = build(args.seeds, strict=args.strict, progress=None if not args.no_progress else False)
    paths = tables.write(args.out)
    s = tables.summary()
    print(f"orgnet build: {s['documents']} documents, {s['nodes']} nodes, {s['edges']} edges, "
          f"{s['claims']} claims, {s['conflicts']} conflicts, {s['warnings']} warnings -> {args.out}/")
    bad = tables.documents[tables.documents["status"] != "ok"]
    for _, row in bad.iterrows():
        print(f"  {row['doc']}: {row['status']} - {row['warnings']}")
    if args.verbose:
        for p in paths:
            print(f"  wrote {p}")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_report

    report = evaluate(args.gold, args.tables)
    print(format_report(report))
    if args.check and not report.passes(args.min_core_nodes, args.min_core_edges):
        return 1
    return 0


def make_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="orgnet", description="Map organisational networks from source documents.")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build node, edge, claim, document and conflict tables from a folder")
    b.add_argument("seeds", nargs="?", default="seeds", help="folder of documents (default: seeds/)")
    b.add_argument("--out", default="build/tables", help="output folder (default: build/tables/)")
    b.add_argument("--strict", action="store_true", help="treat any warning as an error (exit 2)")
    b.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    b.add_argument("-v", "--verbose", action="store_true", help="list the files written")
    b.set_defaults(func=_build)

    e = sub.add_parser("evaluate", help="score a build against a hand-annotated gold file")
    e.add_argument("gold", help="gold YAML file (format of shared/gold/seeds.yaml)")
    e.add_argument("--tables", default="build/tables", help="a build's tables folder (default: build/tables/)")
    e.add_argument("--check", action="store_true", help="exit 1 when the bars below are not met")
    e.add_argument("--min-core-nodes", type=float, default=0.95)
    e.add_argument("--min-core-edges", type=float, default=0.85)
    e.set_defaults(func=_evaluate)
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``orgnet`` console script."""
    args = make_parser().parse_args(argv)
    try:
        return args.func(args)
    except OrgnetError as exc:
        print(f"orgnet: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("orgnet: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
