"""Helpers for the notebooks in notebooks/: briefings in a frame, tables that show evidence whole,
and the exercise version of a lesson for students.

* :func:`show_briefing` shows a briefing (its HTML, or the file) in a frame with the network and
  the side panel first, sized so that neither needs scrolling inside the frame; the title, the
  legend and the sources follow below them, inside the frame.
* :func:`setup_display` sets pandas' display options once, so that text columns such as
  ``evidence`` are shown whole and wrapped rather than cut at 50 characters.
* :func:`handout` writes a lesson notebook without its solutions (cells tagged ``solution``,
  ``check-solutions`` or ``teacher``) and without outputs: the version handed to students.
  From the command line: ``python -m orgnet.notebook handout IN OUT``.

IPython and pandas are imported when a function needs them, so ``import orgnet`` stays light.
"""

from __future__ import annotations

import html
import json
import os
import re
import sys
from pathlib import Path
from typing import Any, Sequence

from .errors import InputError

__all__ = [
    "show_briefing",
    "briefing_frame",
    "embed_page",
    "setup_display",
    "DISPLAY_OPTIONS",
    "handout",
    "HANDOUT_DROPS",
    "main",
]

#: height of the network and of the side panel beside it, in pixels, in :func:`show_briefing`
NETWORK_HEIGHT = 540

#: CSS added to a briefing shown in a notebook: the network and the side panel first, side by side
#: at every width and of one fixed height; the legend, the title and the sources below them.
_EMBED_CSS = """
/* orgnet.notebook: the briefing in a notebook frame, network first */
body { display: flex; flex-direction: column; }
.app { order: 1; display: grid; grid-template-columns: minmax(0, 1fr) minmax(220px, 32%);
       grid-template-areas: "net panel" "controls controls"; height: auto; min-height: 0; }
.canvas-wrap { grid-area: net; height: HEIGHTpx; }
.panel { grid-area: panel; height: HEIGHTpx; border-left: 1px solid #d9dee2; }
.controls { grid-area: controls; overflow: visible; border-right: none; border-top: 1px solid #d9dee2; }
.masthead { order: 2; border-top: 1px solid #d9dee2; }
.extra, .sources, footer { order: 3; }
"""


def embed_page(page: str, height: int = NETWORK_HEIGHT) -> str:
    """A briefing page restyled for a frame: network and side panel first, `height` pixels high.

    The page is otherwise unchanged (a style sheet is added at the end of its head).

    >>> page = embed_page("<html><head><title>MSS</title></head><body></body></html>", height=400)
    >>> ".canvas-wrap { grid-area: net; height: 400px; }" in page, page.index("orgnet.notebook") < page.index("</head>")
    (True, True)
    """
    style = "<style>" + _EMBED_CSS.replace("HEIGHT", str(int(height))) + "</style>\n"
    at = page.find("</head>")
    return page[:at] + style + page[at:] if at >= 0 else style + page


def briefing_frame(page: str, height: int = NETWORK_HEIGHT) -> str:
    """The HTML of a frame showing a briefing page: its title as a caption, then an iframe
    (scripts run sandboxed) exactly as high as the network and side panel.

    >>> frame = briefing_frame("<html><head><title>Fronts &amp; more</title></head><body></body></html>", height=400)
    >>> print(frame.splitlines()[0])
    <div class="orgnet-briefing"><p style="margin:.2em 0;font-weight:600">Fronts &amp; more</p>
    >>> 'height="402"' in frame, 'sandbox="allow-scripts"' in frame
    (True, True)
    """
    found = re.search(r"<title>(.*?)</title>", page, re.S)
    title = html.escape(html.unescape(found.group(1)).strip()) if found else ""
    caption = f'<p style="margin:.2em 0;font-weight:600">{title}</p>' if title else ""
    doc = html.escape(embed_page(page, height), quote=True)
    return (
        f'<div class="orgnet-briefing">{caption}\n'
        f'<iframe srcdoc="{doc}" sandbox="allow-scripts" width="100%" height="{height + 2}" '
        f'style="border:1px solid #ccc"></iframe></div>'
    )


def show_briefing(briefing: str | os.PathLike, height: int = NETWORK_HEIGHT) -> Any:
    """Show a briefing in a notebook, network first, in a frame sized to the network and its side
    panel (scroll inside the frame for the legend, the title and the sources).

    Parameters
    ----------
    briefing : the page's HTML (``briefing_html(...)``) or the path of a briefing file
        (``write_briefing(...)``).
    height : the height of the network and of the side panel, in pixels.

    Returns
    -------
    An ``IPython.display.HTML`` object: the last value of a cell, it is displayed.

    Raises
    ------
    FileNotFoundError
        when `briefing` is a path (not HTML) and no such file exists.
    """
    from IPython.display import HTML

    if isinstance(briefing, os.PathLike) or not str(briefing).lstrip().startswith("<"):
        path = Path(briefing)
        if not path.is_file():
            raise FileNotFoundError(f"no briefing file {str(path)!r}")
        briefing = path.read_text(encoding="utf-8")
    return HTML(briefing_frame(str(briefing), height))


#: pandas display options set by :func:`setup_display`
DISPLAY_OPTIONS: dict[str, Any] = {
    "display.max_colwidth": None,  # text shown whole (pandas cuts it at 50 characters)
    "display.max_columns": None,
    "display.max_rows": 100,
}

#: notebook CSS: table cells wrap their text and read left to right, top-aligned
_TABLE_CSS = (
    "<style>.dataframe td { white-space: normal; text-align: left; vertical-align: top; max-width: 48em; }</style>"
)


def setup_display() -> dict[str, Any]:
    """Set pandas' display options once for a notebook (:data:`DISPLAY_OPTIONS`): text columns such
    as ``evidence`` are shown whole; in a running notebook, table cells wrap and align left.
    Returns the options set.

    >>> import pandas as pd
    >>> options = setup_display()
    >>> pd.get_option("display.max_colwidth") is None, options["display.max_colwidth"] is None
    (True, True)
    >>> len(str(pd.DataFrame({"evidence": ["x" * 80]}))) > 80
    True
    """
    import pandas as pd

    for key, value in DISPLAY_OPTIONS.items():
        pd.set_option(key, value)
    ipython = sys.modules.get("IPython")
    if ipython is not None and ipython.get_ipython() is not None:
        from IPython.display import HTML, display

        display(HTML(_TABLE_CSS))
    return dict(DISPLAY_OPTIONS)


#: cells with one of these tags are left out of the students' version of a lesson
HANDOUT_DROPS = ("solution", "check-solutions", "teacher")


def handout(source: str | os.PathLike, out: str | os.PathLike, drop: Sequence[str] = HANDOUT_DROPS) -> Path:
    """Write the exercise version of a lesson notebook: `source` without the cells tagged with
    one of `drop` and without outputs or execution counts. Returns the path written.

    Raises
    ------
    ValueError
        when `out` is `source` (the teacher's copy would be lost), or no cell carries a tag of
        `drop` (the notebook has no solutions to leave out; probably the wrong file).
    """
    source, out = Path(source), Path(out)
    if out.resolve() == source.resolve():
        raise InputError(f"handout would overwrite its source {str(source)!r}; give another file")
    nb = json.loads(source.read_text(encoding="utf-8"))
    kept = [c for c in nb["cells"] if not set(c.get("metadata", {}).get("tags", [])) & set(drop)]
    if len(kept) == len(nb["cells"]):
        raise InputError(f"{str(source)!r} has no cell tagged {' or '.join(drop)}: nothing to leave out")
    for cell in kept:
        if cell["cell_type"] == "code":
            cell["outputs"], cell["execution_count"] = [], None
    nb["cells"] = kept
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m orgnet.notebook handout IN OUT``: write the students' version of a lesson."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m orgnet.notebook")
    sub = parser.add_subparsers(dest="command", required=True)
    cmd = sub.add_parser("handout", help="write a lesson notebook without its solutions, for students")
    cmd.add_argument("source", help="the teacher's notebook, e.g. notebooks/06_teaching.ipynb")
    cmd.add_argument("out", help="the notebook to write, e.g. build/handout/06_teaching.ipynb")
    args = parser.parse_args(argv)
    try:
        written = handout(args.source, args.out)
    except (OSError, ValueError) as err:
        print(f"orgnet.notebook: {err}", file=sys.stderr)
        return 1
    print(f"wrote {written}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
