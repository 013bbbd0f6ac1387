"""Pictures of the network (render stage): plotly charts, pyvis networks, briefing pages.

Importing this package is cheap: plotly, pyvis and jinja2 load only when a function that
draws is called. The chart functions can be reached from here, loaded on first use::

    from orgnet.render import sunburst          # same as orgnet.render.charts.sunburst

=================  ========================================================================
``charts``         plotly figures: ``sunburst``, ``treemap`` (a hierarchy), ``leaders_gantt``,
                   ``timeline``, ``centrality_bar``
=================  ========================================================================
"""

from __future__ import annotations

import importlib

__all__ = ["sunburst", "treemap", "leaders_gantt", "timeline", "centrality_bar"]

_LAZY = {name: "charts" for name in __all__}


def __getattr__(name: str):
    if name in _LAZY:
        module = importlib.import_module(f".{_LAZY[name]}", __name__)
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
