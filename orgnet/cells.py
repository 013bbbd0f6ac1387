"""Table cells as plain Python values: the one home of the small converters every stage needs.

A build's tables hold missing values as ``None``, ``NaN``, ``pd.NA`` or ``NaT`` depending on
the column's dtype, numbers as numpy scalars, and lists as ``;``-joined text (``docs``,
``aliases``, ``claim_ids`` ...). These functions read such cells the same way everywhere:

=================  ==========================================================================
:func:`is_missing` whether a cell is a missing value (None, NaN, ``pd.NA``, ``NaT``)
:func:`plain`      a cell as a plain Python value: missing -> None, numpy scalars -> int/float/str
:func:`split_cell` a ``;``-joined cell as its non-empty items
:func:`cell_text`  a cell as text: missing -> ``""``
:func:`json_value` a cell ready for JSON: missing and non-finite -> None, numpy scalars -> Python
:func:`json_text`  :func:`json_value` as text: None -> ``""``
=================  ==========================================================================

They import nothing of orgnet, so any stage may use them.
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

__all__ = ["is_missing", "plain", "split_cell", "cell_text", "json_value", "json_text"]


def is_missing(value: Any) -> bool:
    """Whether `value` is a missing value: None, a NaN float, ``pd.NA`` or ``NaT``.

    Strings (even empty ones) and containers are never missing.

    >>> [is_missing(v) for v in (None, float("nan"), pd.NA, pd.NaT, "", [], 0)]
    [True, True, True, True, False, False, False]
    """
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    try:
        return bool(pd.isna(value)) if not isinstance(value, (list, tuple, set, dict, str)) else False
    except (TypeError, ValueError):
        return False


def plain(value: Any) -> Any:
    """A plain Python value: pandas/numpy missing values -> None, numpy scalars -> int/float/str.

    >>> import numpy as np
    >>> plain(np.int64(3)), plain(pd.NA), plain("a"), plain([1])
    (3, None, 'a', [1])
    """
    if is_missing(value):
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()
    return value


def split_cell(cell: Any, sep: str = ";") -> list[str]:
    """The non-empty items of a `sep`-joined cell, each stripped, in order.

    A missing cell has none; a list, tuple or set gives its non-blank items as text; any other
    value is read as its text.

    >>> split_cell(" a; b ;;c"), split_cell(None), split_cell(float("nan")), split_cell(["x", " "])
    (['a', 'b', 'c'], [], [], ['x'])
    """
    if type(cell) is not str:  # most cells are text: test that first
        if is_missing(cell):
            return []
        if isinstance(cell, (list, tuple, set)):
            return [str(x) for x in cell if str(x).strip()]
        cell = str(plain(cell))
    if sep not in cell:  # most cells: one item
        item = cell.strip()
        return [item] if item else []
    return [x for x in map(str.strip, cell.split(sep)) if x]


def cell_text(value: Any) -> str:
    """A cell as text: ``""`` for a missing value, else ``str(value)``.

    >>> cell_text(None), cell_text(float("nan")), cell_text(0.5)
    ('', '', '0.5')
    """
    return "" if is_missing(value) else str(value)


def json_value(value: Any) -> Any:
    """JSON-ready: missing -> None, numpy scalars -> Python, non-finite floats -> None; lists
    item by item; any other object as its text.

    >>> import numpy as np
    >>> json_value(np.int64(3)), json_value(float("inf")), json_value(pd.NA), json_value([1.5, None])
    (3, None, None, [1.5, None])
    """
    if value is None:
        return None
    kind = type(value)
    if kind is str or kind is int or kind is bool:  # the common cases, without pd.isna
        return value
    if kind is float:
        return value if math.isfinite(value) else None
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if is_missing(value):
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def json_text(value: Any) -> str:
    """:func:`json_value` as text (``""`` for None).

    >>> json_text(float("nan")), json_text(2.0)
    ('', '2.0')
    """
    value = json_value(value)
    return "" if value is None else str(value)
