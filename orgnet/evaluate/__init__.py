"""Score a build's tables against hand-annotated gold files.

The gold is YAML: a file with a ``documents:`` list, a file holding a single
document entry, or a folder of ``*.yaml`` files of either kind. Each document
entry names its ``doc``, its ``nodes`` (``name``, ``kind``, ``aliases``,
``core``), its ``edges`` (``source``, ``relation``, ``target``, ``core``) and
its ``not_nodes`` (strings that must never become a node label).
:func:`evaluate` compares a build's ``nodes.csv`` and ``edges.csv`` with it
and returns an :class:`EvalReport`; :func:`format_report` prints that report
as text.

Scoring rules (the same as the reference scorer ``shared/tools/score.py``):

* Names are compared after :func:`normalize_name`.
* A build node's *names* are its ``label`` plus its ``;``-joined ``aliases``.
* An entry without ``core`` counts as core.
* **Node recall**: a gold node is found when some build node has a name equal
  to the gold node's name or one of its aliases.
* **Typed edge recall**: a gold edge is found when the build has an edge with
  the same ``relation`` from a node matching the gold source to a node matching
  the gold target (direction matters). A node *matches* a gold endpoint when
  its names meet the endpoint's name and aliases as listed in the same
  document's node list (just the name when the endpoint is not listed there).
* **Pair recall**: as typed edge recall, with any relation in either direction.
* **Leads recall**: typed edge recall over the core ``leads`` edges.
* Recall is given over all entries and over ``core`` entries, per document
  and overall; an entity listed in several documents counts once in each, so
  the overall figures pool the per-document counts.
* **Violations**: a document's ``not_nodes`` entry is violated when it equals
  the normalised label of a build node; the count is over documents (a string
  listed in three documents and present in the build counts three times).
* **Precision proxy**: the share of build nodes with a name (label or alias)
  equal to a gold node's name or alias in any document.
* **Edge precision estimate**: the distinct build edges (source, relation,
  target) are *judged* when both endpoints match nodes of one gold document
  (its node names and aliases, or its edge endpoints); a judged edge is
  *correct* when it is a gold edge of such a document, same relation and
  direction. The estimate is correct / judged. It is only an estimate: a gold
  file lists what its annotators cared about, not every true relation, so an
  edge absent from the gold may still be right, and edges between nodes no
  document annotated are not judged at all.

``start``, ``end``, ``title``, ``evidence``, ``layout`` and ``conflicts`` are
not scored. A recall or share whose denominator is zero is ``nan`` (nothing to
find; the reference scorer prints 1.0 there).
"""

from __future__ import annotations

from .build import _load_tables as _load_tables  # for the tests that read a build as the scorer does
from .gold import normalize_name
from .report import METRICS, EvalReport, format_report
from .score import evaluate

__all__ = ["EvalReport", "METRICS", "normalize_name", "evaluate", "format_report"]
