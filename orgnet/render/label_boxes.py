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


def _char_width(ch: str, font_px: float) -> float:
    if ord(ch) >= 0x2E80:  # CJK and other full-width scripts: about one em
        return font_px
    if ch in "il.,;:'|!() ":
        return 0.32 * font_px
    if ch.isupper() or ch in "mwMW":
        return 0.68 * font_px
    return 0.53 * font_px


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


def label_box(text: str, *, node_size: float = 12.0, font_px: float = 14.0, max_width: float = 150.0,
              label_inside: bool = False) -> Box:
    """The rectangle ``(width, height, dy)`` a node and its wrapped label take on the canvas.

    ``label_inside`` is for shapes that draw the label inside them (vis ``box``, ``ellipse``);
    otherwise the label hangs under a shape of radius ``node_size``.

    >>> w, h, dy = label_box("Wang Yi")
    >>> 40 < w < 80 and h > 24 and dy > 0
    True
    """
    lines = wrap_label(text, font_px=font_px, max_width=max_width)
    text_w = max(_text_width(line, font_px) for line in lines)
    text_h = len(lines) * font_px * 1.2
    if label_inside:
        return (text_w + 16.0, text_h + 12.0, 0.0)
    width = max(text_w, 2 * node_size)
    height = 2 * node_size + 5 + text_h
    return (width, height, height / 2 - node_size)


def _sort_key(G, v):
    data = G.nodes[v] if v in G else {}
    return (str(data.get("label") or v).casefold(), str(v))
