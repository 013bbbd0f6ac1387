"""What the layouts share (render stage): label boxes, the rectangle a node and its wrapped label take, estimated
from the label's text; the gap kept between boxes; the order that breaks ties between nodes."""

from __future__ import annotations

from typing import Hashable

__all__ = ["label_box", "wrap_label", "DEFAULT_BOX"]


#: (width, height, dy) used for a node without an entry in ``boxes``
DEFAULT_BOX = (150.0, 80.0, 20.0)


Box = tuple[float, float, float]


Positions = dict[Hashable, tuple[float, float]]


_GAP = 14.0  # pixels kept free between two label boxes

# left plus right margin of a node's label in vis-network (the default, and the page's for
# shapes that hold their label: style.js.j2's visNode)
_OUTSIDE_MARGINS = 10.0
_INSIDE_MARGINS = 16.0
_WRAP_SLACK = 4.0  # pixels: how much sooner than our width estimate the browser may wrap


#: the widths of characters met so far, by font size (what _char_width says, looked up)
_WIDTHS: dict[float, dict[str, float]] = {}


def _text_width(text: str, font_px: float) -> float:
    """The sum of :func:`_char_width` over `text`, in its order (each character's width
    looked up once per font size)."""
    widths = _WIDTHS.get(font_px)
    if widths is None:
        widths = _WIDTHS.setdefault(font_px, {})
    try:
        return sum([widths[c] for c in text])
    except KeyError:
        for c in text:
            if c not in widths:
                widths[c] = _char_width(c, font_px)
        return sum([widths[c] for c in text])


#: Advance widths of the printable ASCII characters in ems, grouped by width: those of DejaVu Sans
#: (measured with a canvas's measureText in Chromium, where the pages' font list falls back to it),
#: one of the widest common sans-serif faces. Labels are wrapped and boxed by these widths, so a
#: box is at least as wide as the text in the narrower faces (Segoe UI, Roboto, Helvetica, Arial)
#: and wraps no later: boxes estimated by narrower widths let the browser wrap a label into one
#: line more than the layout made room for, and the last line then ran into the node below.
_EM_WIDTHS = {
    "'": 0.27,
    "ijl": 0.28,
    "IJ": 0.29,
    " ,.": 0.32,
    "/:;\\|": 0.34,
    "f": 0.35,
    "-": 0.36,
    "()[]t": 0.39,
    "!": 0.4,
    "r": 0.41,
    '"': 0.46,
    "*_`": 0.5,
    "sz": 0.52,
    "?": 0.53,
    "c": 0.55,
    "L": 0.56,
    "Fk": 0.58,
    "vxy": 0.59,
    "P": 0.6,
    "TYao": 0.61,
    "e": 0.62,
    "ESbdghnpqu": 0.63,
    "0123456789${}": 0.64,
    "K": 0.66,
    "AV": 0.68,
    "BRXZ": 0.69,
    "C": 0.7,
    "U": 0.73,
    "HN": 0.75,
    "DG": 0.77,
    "&": 0.78,
    "OQ": 0.79,
    "w": 0.82,
    "#+<=>^~": 0.84,
    "M": 0.86,
    "%": 0.95,
    "m": 0.97,
    "W": 0.99,
    "@": 1.0,
}
_EM = {ch: em for chars, em in _EM_WIDTHS.items() for ch in chars}


def _char_width(ch: str, font_px: float) -> float:
    """The width of `ch` at `font_px` (see ``_EM_WIDTHS``); other letters as a wide lower- or
    upper-case one, CJK and other full-width scripts one em.

    >>> _char_width("m", 10.0), _char_width("中", 10.0)
    (9.7, 10.0)
    """
    em = _EM.get(ch)
    if em is None:
        em = 1.0 if ord(ch) >= 0x2E80 else 0.75 if ch.isupper() else 0.63
    return em * font_px


def wrap_label(text: str, *, font_px: float = 14.0, max_width: float = 150.0) -> list[str]:
    """Greedy word wrap of ``text`` into lines no wider than ``max_width`` pixels (estimated).

    A single word longer than a line stays whole (the page's canvas does the same).

    >>> wrap_label("China Institutes of Contemporary International Relations")
    ['China Institutes of', 'Contemporary', 'International', 'Relations']
    >>> wrap_label("Wang Yi")
    ['Wang Yi']
    """
    words = str(text).split()
    if not words:
        return [""]
    lines: list[str] = []
    line, width = "", 0.0
    space = _char_width(" ", font_px)
    for word in words:
        w = _text_width(word, font_px)
        if line and width + space + w > max_width:
            lines.append(line)
            line, width = word, w
        else:
            line, width = (f"{line} {word}" if line else word), (width + space + w if line else w)
    lines.append(line)
    return lines


def label_box(
    text: str, *, node_size: float = 12.0, font_px: float = 14.0, max_width: float = 150.0, label_inside: bool = False
) -> Box:
    """The rectangle ``(width, height, dy)`` a node and its wrapped label take on the canvas.

    ``label_inside`` is for shapes that draw the label inside them (vis ``box``, ``ellipse``);
    otherwise the label hangs under a shape of radius ``node_size``. ``max_width`` is the
    page's ``widthConstraint.maximum``; vis-network wraps the text within it less the node's
    left and right margins (5 px each by default, 8 for a shape holding its label), give or
    take a few pixels and the reader's font. So the box holds the text wrapped either way: as
    wide as its widest line wrapped at ``max_width``, as tall as its lines wrapped a few pixels
    inside the margins (a box that made room for one line less than the browser drew let the
    last line run into the node below).

    >>> w, h, dy = label_box("Wang Yi")
    >>> 40 < w < 80 and h > 24 and dy > 0
    True
    >>> label_box("foreign diplomats", max_width=124)[1] > label_box("foreign", max_width=124)[1]  # two lines
    True
    """
    margins = _INSIDE_MARGINS if label_inside else _OUTSIDE_MARGINS
    wide = wrap_label(text, font_px=font_px, max_width=max_width)
    narrow = wrap_label(text, font_px=font_px, max_width=max_width - margins - _WRAP_SLACK)
    text_w = max(_text_width(line, font_px) for line in wide + narrow)
    text_h = max(len(wide), len(narrow)) * font_px * 1.2
    if label_inside:
        return (text_w + 16.0, text_h + 12.0, 0.0)
    width = max(text_w, 2 * node_size)
    height = 2 * node_size + 5 + text_h
    return (width, height, height / 2 - node_size)


def _sort_key(G, v):
    data = G.nodes[v] if v in G else {}
    return (str(data.get("label") or v).casefold(), str(v))
