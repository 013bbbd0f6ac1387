"""The live drawing's and the pages' assets: the vis-network library's text and the templates (render stage).

Light on purpose (no networkx, no pandas): the Explorer's first display, shown from a stored
first view (:mod:`orgnet.explorer.firstview`), makes its drawing widget with these alone.
:mod:`orgnet.render.network` re-exports both names.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

__all__ = ["vis_network_js", "template_environment"]


@functools.lru_cache(maxsize=1)
def vis_network_js() -> str:
    """The text of ``vis-network.min.js`` as shipped inside the installed pyvis package.

    The newest ``templates/lib/vis-9.*`` folder wins. pyvis's folder is found without
    importing pyvis (its import, of its own Jinja templates and IPython's display, took 0.14 s
    on the path of the Explorer's first display, for a file that is only read). The text is
    checked before it is inlined: it must not contain ``</script`` or ``<!--``, which would end
    or confuse the ``<script>`` element it is put in.

    >>> js = vis_network_js()
    >>> "vis-network" in js[:200] and len(js) > 100_000
    True
    """
    spec = importlib.util.find_spec("pyvis")
    places = list(spec.submodule_search_locations or ()) if spec is not None else []
    if not places:
        raise RuntimeError("pyvis is not installed: orgnet inlines the vis-network file it ships")
    lib = Path(places[0]) / "templates" / "lib"
    candidates = []
    for entry in lib.iterdir() if lib.is_dir() else ():
        m = re.fullmatch(r"vis-(\d+)\.(\d+)\.(\d+)", entry.name)
        if m and (entry / "vis-network.min.js").is_file():
            candidates.append((tuple(int(x) for x in m.groups()), entry))
    if not candidates:
        raise RuntimeError("pyvis ships no templates/lib/vis-*/vis-network.min.js; reinstall pyvis")
    _, folder = max(candidates, key=lambda c: c[0])
    js = (folder / "vis-network.min.js").read_text("utf-8")
    lowered = js.lower()
    if "</script" in lowered or "<!--" in lowered:
        raise RuntimeError(f"{folder.name}/vis-network.min.js holds '</script' or '<!--' and cannot be inlined")
    return js


@functools.lru_cache(maxsize=1)
def template_environment():
    """The Jinja2 environment of ``orgnet/render/templates`` (autoescape on for every template)."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("orgnet", "render/templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    # |tojson: keys in the (deterministic) order page_data builds them; a quarter faster to
    # encode than Jinja's sorted default at 2,000 nodes
    env.policies["json.dumps_kwargs"] = {"sort_keys": False}
    return env
