"""The six tables: nodes, edges, claims, documents, conflicts, merges (tables stage).

``claims`` is the ground truth (one row per statement, with its exact evidence span and,
last, the sentence around it: ``context``, which begins at ``context_start`` in the file;
offsets count characters of the file as decoded, see :func:`orgnet.extract.extract_claims`);
``edges`` and ``nodes`` are aggregations of it, so every edge leads back to its claims
(``edges.claim_ids``) and withdrawing a document is filtering its claims. Column order
and dtypes are fixed by :data:`SCHEMA`, so two builds of the same input give identical
files. Multi-valued cells are ``;``-joined, except ``citations`` and ``unparsed``, whose
items can hold ``;`` themselves and are joined with `` | ``.

Modules: :mod:`orgnet.tables.files` (the schema, :class:`Tables`, reading and writing the
files), :mod:`orgnet.tables.make` (gathering claims into the tables: :class:`TableMaker`),
:mod:`orgnet.tables.rows` (each table's rows from what was gathered) and
:mod:`orgnet.tables.edgestore` (the bucketed files they wait in). Reading tables
imports only the first; the names of the second (:func:`make_tables`, :class:`TableMaker`,
...) load it on first use, with the read, extract and resolve stages it needs.
"""

from __future__ import annotations

import typing

# the names of the files module, as `orgnet.tables.X` (re-exported: the rest of orgnet imports them from here)
from .files import (  # noqa: F401
    CSV_FORMULA_START,
    IDS_COLUMNS,
    IDS_FILE,
    ROW_GROUP,
    SCHEMA,
    TABLE_NAMES,
    IdsWriter,
    Tables,
    TableWriter,
    _column,
    _columns_frame,
    _frame,
    _read_table_file,
    _typed,
    csv_cell,
    csv_restore,
    csv_safe,
    read_tables,
    summary_of,
    write_ids,
)

if typing.TYPE_CHECKING:
    from .make import TableMaker, make_tables

__all__ = [
    "Tables",
    "SCHEMA",
    "make_tables",
    "TableMaker",
    "TableWriter",
    "read_tables",
    "TABLE_NAMES",
    "IDS_FILE",
    "csv_cell",
    "csv_restore",
    "csv_safe",
]

#: the names of orgnet.tables.make, imported on first use (it imports the parsers)
_MAKE = frozenset({"make_tables", "TableMaker"})


def __getattr__(name: str) -> typing.Any:
    if name in _MAKE:
        from . import make

        value = getattr(make, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__) | _MAKE)
