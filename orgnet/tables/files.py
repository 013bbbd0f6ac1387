"""The six tables' schema, and their files: :class:`Tables`, :func:`read_tables`, :class:`TableWriter`.

Reading a build's tables needs only this module (pandas and pyarrow), not the stages that make
them (:mod:`orgnet.tables.make` imports the read, extract and resolve stages).
"""

from __future__ import annotations

import math
import os
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pa_compute

from ..errors import InputError
from ..integrity import check_entry, commit, entries, file_digest, read_manifest

__all__ = ["Tables", "SCHEMA", "TableWriter", "read_tables", "TABLE_NAMES", "IDS_FILE"]

TABLE_NAMES = ("nodes", "edges", "claims", "documents", "conflicts", "merges")
IDS_FILE = "entity_ids.csv"
IDS_COLUMNS = ("id", "key", "doc")

#: column -> dtype for every table ("Int64" = year or count that may be empty)
SCHEMA: dict[str, dict[str, str]] = {
    "nodes": {
        "id": "string",
        "label": "string",
        "kind": "string",
        "aliases": "string",
        "name_zh": "string",
        "founded": "Int64",
        "description": "string",
        "docs": "string",
        "n_docs": "Int64",
        "n_claims": "Int64",
        "degree": "Int64",
    },
    "edges": {
        "source": "string",
        "target": "string",
        "relation": "string",
        "start": "Int64",
        "end": "Int64",
        "intervals": "string",
        "title": "string",
        "n_claims": "Int64",
        "docs": "string",
        "evidence": "string",
        "confidence": "float64",
        "hedge": "string",
        "source_label": "string",
        "target_label": "string",
        "claim_ids": "string",
        "refs": "string",
    },
    "claims": {
        "claim_id": "string",
        "subject": "string",
        "relation": "string",
        "object": "string",
        "value": "string",
        "start": "Int64",
        "end": "Int64",
        "title": "string",
        "doc": "string",
        "section": "string",
        "char_start": "Int64",
        "char_end": "Int64",
        "evidence": "string",
        "refs": "string",
        "citations": "string",
        "method": "string",
        "hedge": "string",
        "confidence": "float64",
        "subject_name": "string",
        "object_name": "string",
        "context": "string",
        "context_start": "Int64",
    },
    "documents": {
        "doc": "string",
        "title": "string",
        "layout": "string",
        "chars": "Int64",
        "n_claims": "Int64",
        "status": "string",
        "warnings": "string",
        "unparsed": "string",
        "n_sentences": "Int64",
        "n_fields": "Int64",
        "n_references": "Int64",
        "encoding": "string",
        "sha256": "string",
        "parser_version": "string",
        "url": "string",
        "retrieved": "string",
        "reliability": "string",
        "reliability_reason": "string",
        "mirror_of": "string",
    },
    "conflicts": {
        "entity": "string",
        "label": "string",
        "field": "string",
        "values": "string",
        "docs": "string",
        "claim_ids": "string",
    },
    "merges": {
        "entity": "string",
        "label": "string",
        "name": "string",
        "other_name": "string",
        "rule": "string",
        "doc": "string",
        "claim_id": "string",
        "evidence": "string",
    },
}


@dataclass
class Tables:
    """The DataFrames of a build (see DESIGN.md's table contract, and ``merges``: every union
    of two names into one entity, with its rule and the claim that justified it)."""

    nodes: pd.DataFrame
    edges: pd.DataFrame
    claims: pd.DataFrame
    documents: pd.DataFrame
    conflicts: pd.DataFrame
    merges: pd.DataFrame = field(default_factory=lambda: _frame([], "merges"))
    #: the id of every name key (``id``, ``key``, ``doc``): what a later build keeps ids by
    ids: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=list(IDS_COLUMNS), dtype="string"))

    def __iter__(self):
        return iter((name, getattr(self, name)) for name in TABLE_NAMES)

    def summary(self) -> dict[str, int]:
        """Counts for a one-line report."""
        return summary_of({name: len(df) for name, df in self}, self.documents)

    def write(self, out: str | Path, formats: tuple[str, ...] = ("csv", "parquet"), ids: bool = False) -> list[Path]:
        """Write every table as ``<out>/<name>.csv`` and ``.parquet`` (and ``entity_ids.csv``
        when ``ids``), then ``<out>/manifest.json``; return the paths, the manifest last.

        The write is atomic (see :mod:`orgnet.integrity`): the files go into a temporary
        folder inside ``out`` and are moved into place together under ``out/.orgnet.lock``, the
        manifest (each file's size, SHA-256 and rows) last, so a reader sees the old build or
        the new one, never a mix. Both files of a table are written by pyarrow from one Arrow
        table. In the CSV, text cells are always quoted (``""`` is an empty text) and an
        empty year or count is left empty. The CSV is safe to open in a spreadsheet: a text
        cell a spreadsheet would run as a formula gets one more ``'`` in front
        (:func:`csv_safe`), which :func:`read_tables` takes off again.
        """
        stale = tuple(f"{name}.{ext}" for name in TABLE_NAMES for ext in ("csv", "parquet"))
        return commit(out, lambda folder: self._write_files(folder, formats, ids), stale=stale)

    def _write_files(self, out: Path, formats: tuple[str, ...], ids: bool) -> dict[str, int]:
        """Write the files into ``out`` (a fresh folder); return ``{file name: rows}``."""
        rows = {}
        for name, df in self:
            with TableWriter(out, name, formats) as writer:
                writer.write(df)
            rows.update(writer.rows)
        if ids:
            rows[self._write_ids_file(out).name] = len(self.ids)
        return rows

    def write_ids(self, out: str | Path) -> Path:
        """Write ``<out>/entity_ids.csv``: the id of every name key, for the next build of the
        same folder to keep (``orgnet build`` does this, with ``write(out, ids=True)``, so the
        file is in the build's manifest; see :func:`orgnet.build`'s ``ids``)."""
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        tmp = self._write_ids_file(out, f".{IDS_FILE}.{os.getpid()}.tmp")
        return tmp.replace(out / IDS_FILE)

    def _write_ids_file(self, out: Path, name: str = IDS_FILE) -> Path:
        return write_ids(self.ids, out / name)


def summary_of(rows: dict[str, int], documents: pd.DataFrame) -> dict[str, int]:
    """The one-line report of a build: rows per table and warnings (from ``documents``)."""
    warnings = sum(len([x for x in str(w).split(";") if x.strip()]) for w in documents["warnings"].fillna(""))
    return {
        **{name: rows[name] for name in ("documents", "nodes", "edges", "claims", "conflicts", "merges")},
        "warnings": warnings,
    }


def write_ids(ids: pd.DataFrame, path: Path) -> Path:
    """Write ``entity_ids.csv`` (``id``, ``key``, ``doc``) at ``path``, safe for spreadsheets."""
    with IdsWriter(path) as writer:
        writer.write(ids)
    return path


class IdsWriter:
    """Write ``entity_ids.csv`` at ``path`` from DataFrames of its rows, in as many pieces as come
    (the file is the same however the rows are cut: each cell is written on its own)."""

    def __init__(self, path: Path) -> None:
        self.path, self.n_rows = path, 0
        self._fh = path.open("wb")
        self._fh.write((",".join(IDS_COLUMNS) + "\n").encode("utf-8"))

    def write(self, ids: pd.DataFrame) -> None:
        """Append rows."""
        import pyarrow.csv as pa_csv

        table = pa.Table.from_pandas(ids[list(IDS_COLUMNS)].astype("string"), preserve_index=False)
        pa_csv.write_csv(csv_safe(table), self._fh, pa_csv.WriteOptions(include_header=False))
        self.n_rows += len(table)

    def close(self) -> None:
        self._fh.close()

    @property
    def rows(self) -> dict[str, int]:
        return {self.path.name: self.n_rows}

    def __enter__(self) -> IdsWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


#: rows per row group of a Parquet file: a table is written a group at a time, so the claims
#: of a large build never need to be in memory at once (:class:`TableWriter`)
ROW_GROUP = 65_536


class TableWriter:
    """Write one table as ``<folder>/<name>.csv`` and ``.parquet`` from DataFrames of its rows,
    in as many pieces as come; the files are the same however the rows are cut into pieces
    (rows are written in row groups of :data:`ROW_GROUP`). ``rows`` gives ``{file name: rows}``.
    In the CSV, text cells are always quoted and made safe for spreadsheets (:func:`csv_safe`).
    """

    def __init__(self, folder: Path, name: str, formats: tuple[str, ...] = ("csv", "parquet")) -> None:
        self.folder, self.name, self.formats = folder, name, formats
        self.schema: pa.Schema | None = None  # the columns and types of the first rows written
        self._pending: list[pa.Table] = []
        self._n_pending = 0
        self.n_rows = 0
        self._csv: Any = None
        self._parquet: Any = None

    def _open(self, df: pd.DataFrame, table: pa.Table) -> None:
        import pyarrow.parquet as pq

        self.schema = table.schema
        if "csv" in self.formats:
            self._csv = (self.folder / f"{self.name}.csv").open("wb")
            self._csv.write((",".join(csv_cell(c) for c in df.columns) + "\n").encode("utf-8"))
        if "parquet" in self.formats:
            self._parquet = pq.ParquetWriter(self.folder / f"{self.name}.parquet", self.schema)

    def write(self, df: pd.DataFrame) -> None:
        """Append rows (a DataFrame with the columns and dtypes of the first rows written)."""
        import pyarrow.csv as pa_csv

        table = pa.Table.from_pandas(df, preserve_index=False)
        if self.schema is None:
            self._open(df, table)
        elif not table.schema.equals(self.schema):
            table = table.cast(self.schema)
        self.n_rows += len(table)
        if self._csv is not None and len(table):  # a CSV is the same whatever the pieces: at once
            pa_csv.write_csv(csv_safe(table), self._csv, pa_csv.WriteOptions(include_header=False))
        if self._parquet is not None:  # Parquet: in row groups of ROW_GROUP rows
            self._pending.append(table)
            self._n_pending += len(table)
            if self._n_pending >= ROW_GROUP:
                self._flush(final=False)

    def _flush(self, final: bool) -> None:
        # one chunk per column, however the rows came: the file does not depend on the pieces
        table = pa.concat_tables(self._pending).combine_chunks()
        cut = len(table) if final else len(table) - len(table) % ROW_GROUP
        head, rest = table.slice(0, cut), table.slice(cut)
        if len(head) or final:
            self._parquet.write_table(head, row_group_size=ROW_GROUP)
        self._pending, self._n_pending = ([rest], len(rest)) if len(rest) else ([], 0)

    def close(self) -> None:
        """Write what is left and close both files."""
        if self.schema is None:  # no rows came: an empty table of the schema
            self.write(_frame([], self.name))
        if self._parquet is not None and (self._pending or self.n_rows == 0):
            if not self._pending:
                self._pending = [typing.cast(pa.Schema, self.schema).empty_table()]
            self._flush(final=True)
        if self._csv is not None:
            self._csv.close()
        if self._parquet is not None:
            self._parquet.close()

    @property
    def rows(self) -> dict[str, int]:
        return {f"{self.name}.{ext}": self.n_rows for ext in ("csv", "parquet") if ext in self.formats}

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


#: the start of a text cell a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``, tab, CR:
#: OWASP's list), after any single quotes: such a cell is written with one more ``'`` in front
CSV_FORMULA_START = r"^('*[=+\-@\t\r])"
_CSV_ADDED_QUOTE = r"^'('*[=+\-@\t\r])"


def csv_safe(table: pa.Table) -> pa.Table:
    """`table` with its text cells safe to open in a spreadsheet: one more ``'`` before a cell
    starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, or with quotes followed by
    one of those (so a text that really starts ``'=`` reads back exact); numbers are untouched.

    >>> t = csv_safe(pa.table({"t": ["=1+1", "@x", "'=x", "'ok", "-1970", "a=b"], "n": [-1, 2, 3, 4, 5, 6]}))
    >>> t.column("t").to_pylist(), t.column("n").to_pylist()
    (["'=1+1", "'@x", "''=x", "'ok", "'-1970", 'a=b'], [-1, 2, 3, 4, 5, 6])
    >>> csv_restore(pd.DataFrame(t.to_pydict())).to_dict("list")["t"]
    ['=1+1', '@x', "'=x", "'ok", '-1970', 'a=b']
    """
    for i, f in enumerate(table.schema):
        if pa.types.is_string(f.type) or pa.types.is_large_string(f.type):
            safe = pa_compute.replace_substring_regex(table.column(i), pattern=CSV_FORMULA_START, replacement=r"'\1")
            table = table.set_column(i, f, safe)
    return table


def csv_restore(df: pd.DataFrame) -> pd.DataFrame:
    """The values :func:`csv_safe` protected, as they were (a CSV read as text)."""
    for col in df.columns:
        if df[col].dtype == object or isinstance(df[col].dtype, pd.StringDtype):
            df[col] = df[col].str.replace(_CSV_ADDED_QUOTE, r"\1", regex=True)
    return df


def _read_table_file(path: Path, data: bytes | None = None) -> pd.DataFrame:
    """One table file of a build (Parquet, or CSV as text), from `data` when given (its bytes,
    already checked), or an InputError naming it."""
    import io

    source: Any = path if data is None else io.BytesIO(data)
    try:
        if path.suffix == ".parquet":
            return pd.read_parquet(source, use_threads=False, pre_buffer=False)
        return csv_restore(pd.read_csv(source, dtype=str, keep_default_na=False))
    except (OSError, ValueError, pa.ArrowException, pd.errors.EmptyDataError, pd.errors.ParserError) as exc:
        why = "empty file" if isinstance(exc, pd.errors.EmptyDataError) else f"{type(exc).__name__}: {exc}"
        raise InputError(
            f"{path}: cannot be read as a table ({why}); build the folder again with `orgnet build`"
        ) from exc


def csv_cell(text: str) -> str:
    """One header cell, quoted only when it must be (as the csv module does)."""
    return f'"{text.replace(chr(34), chr(34) * 2)}"' if any(ch in text for ch in ',"\n\r') else text


def read_tables(folder: str | os.PathLike[str]) -> Tables:
    """Read a build's tables back (Parquet when present, else CSV), with the schema's dtypes.

    The build's ``manifest.json`` is checked first: only the files it lists are read, and
    every one of them must have its size and SHA-256 (and the table read its row count), so
    a build that was stopped half-way, a truncated or changed file, or a file from another
    build raises :class:`~orgnet.errors.InputError` naming the file. A folder without a
    manifest (written by an older orgnet) is read unchecked, with a warning.
    """
    import warnings

    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder}: no such tables folder (run `orgnet build` first)")
    manifest = read_manifest(folder)
    if manifest is None:
        warnings.warn(
            f"{folder}: no manifest.json (a build by an older orgnet?): its tables are read unchecked; "
            f"run `orgnet build --out {folder}` again to make a verified build",
            stacklevel=2,
        )
        return _read_unchecked(folder)
    listed = entries(manifest)
    frames, parsed = {}, set()
    for name in TABLE_NAMES:
        entry = listed.get(f"{name}.parquet") or listed.get(f"{name}.csv")
        if entry is None:
            raise InputError(
                f"{folder}: manifest.json lists no {name}.csv or {name}.parquet; "
                f"run `orgnet build --out {folder}` again"
            )
        path = folder / entry["name"]
        try:
            data = path.read_bytes()  # checked and parsed from the same bytes
        except FileNotFoundError:
            check_entry(folder, entry)  # raises: missing
            raise
        check_entry(folder, entry, data)
        df = _read_table_file(path, data)
        if "rows" in entry and len(df) != entry["rows"]:
            raise InputError(
                f"{path}: {len(df)} rows, but manifest.json (build {entry['_build']}) lists "
                f"{entry['rows']}; run `orgnet build --out {folder}` again"
            )
        frames[name] = _typed(df, name)
        parsed.add(entry["name"])
    for entry in listed.values():  # the other files of the build (the CSVs beside Parquet, entity_ids.csv)
        if entry["name"] not in parsed:
            check_entry(folder, entry)
    return Tables(**frames)


def changed_sources(folder: str | Path, sources: str | Path) -> list[str]:
    """What changed in the documents folder ``sources`` since the build in ``folder`` read it:
    one line per document whose bytes differ from the SHA-256 in ``documents.csv``, that is
    gone, or that is new. Empty when nothing changed.

    >>> import tempfile, pathlib, orgnet
    >>> src, out = pathlib.Path(tempfile.mkdtemp()), pathlib.Path(tempfile.mkdtemp())
    >>> _ = (src / "a.txt").write_text("The Bureau of Tests is led by Ada Li.")
    >>> _ = orgnet.build(src).write(out)
    >>> changed_sources(out, src)
    []
    >>> _ = (src / "a.txt").write_text("The Bureau of Tests is led by Bo Ma.")
    >>> changed_sources(out, src)
    ['a.txt: changed since the build (SHA-256 differs from documents.csv)']
    """
    from ..read.folder import scan_folder

    docs = read_tables(folder).documents
    recorded = {str(d): str(h) for d, h in zip(docs["doc"], docs["sha256"]) if str(h)}
    now = {e.name: e.path for e in scan_folder(sources).documents}
    out = []
    for name in sorted(recorded):
        if name not in now:
            out.append(f"{name}: gone from {sources} since the build")
        elif file_digest(now[name]) != recorded[name]:
            out.append(f"{name}: changed since the build (SHA-256 differs from documents.csv)")
    read = set(docs["doc"].astype(str))
    out += [f"{name}: new in {sources} since the build" for name in sorted(set(now) - read)]
    return out


def _read_unchecked(folder: Path) -> Tables:
    """The tables of a folder without a manifest, read as older versions of orgnet did."""
    frames = {}
    for name in TABLE_NAMES:
        pq, csv = folder / f"{name}.parquet", folder / f"{name}.csv"
        if pq.exists():
            df = _read_table_file(pq)
        elif csv.exists():
            df = _read_table_file(csv)
        else:
            raise InputError(f"{folder}: {name}.csv is missing (run `orgnet build --out {folder}`)")
        frames[name] = _typed(df, name)
    return Tables(**frames)


def _typed(df: pd.DataFrame, name: str) -> pd.DataFrame:
    schema = SCHEMA[name]
    for col in schema:
        if col not in df.columns:
            df[col] = pd.NA
    cols = list(schema) + [c for c in df.columns if c not in schema]
    df = df[cols].copy()
    for col, dtype in schema.items():
        if dtype == "Int64":
            df[col] = pd.to_numeric(df[col].replace("", pd.NA), errors="coerce").astype("Int64")
        elif dtype == "float64":
            df[col] = pd.to_numeric(df[col].replace("", pd.NA), errors="coerce").astype("float64")
        else:
            df[col] = df[col].astype("string").fillna("")
    return df.reset_index(drop=True)


def _frame(rows: list[dict], name: str) -> pd.DataFrame:
    """A table from rows of Python values (dicts), with the schema's columns and dtypes."""
    return _columns_frame({col: [r[col] for r in rows] for col in SCHEMA[name]}, name)


def _columns_frame(columns: dict[str, list], name: str) -> pd.DataFrame:
    """A table from columns of Python values, with the schema's dtypes: the same frame as
    ``_typed(pd.DataFrame(columns), name)`` without pandas' row-wise type inference."""
    schema = SCHEMA[name]
    return pd.DataFrame({col: _column(columns[col], dtype) for col, dtype in schema.items()}, columns=list(schema))


def _column(vals: list, dtype: str):
    """One column with the schema dtype: text never missing (``""``), years and counts ``Int64``."""
    if dtype == "Int64":
        try:
            return pd.array(vals, dtype="Int64")
        except (TypeError, ValueError):
            return pd.array([None if v is None or v == "" or v != v else int(v) for v in vals], dtype="Int64")
    if dtype == "float64":
        return pd.Series([math.nan if v is None or v == "" else float(v) for v in vals], dtype="float64")
    try:
        text = pa_compute.fill_null(pa.array(vals, type=pa.large_string()), "")
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # not all text: convert each value
        text = pa.array(["" if v is None else str(v) for v in vals], type=pa.large_string())
    return pd.array(text, dtype="string")
