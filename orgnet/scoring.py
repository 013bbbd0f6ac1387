"""Confidence, in one place: a claim's, from how it was read, and a link's, from its claims.

A claim's confidence is the product of three factors of the vocabulary (``vocab/hedges.yaml``,
``confidence``): how the claim was found (``method``: an infobox field, a list, a prose
pattern...), how its sentence hedges it (``hedge``) and the reliability grade of its document
(``reliability``, the Admiralty scale of ``sources.yaml``). A link's confidence combines the
best claim of each independent source (a mirror copy counts as its original) as independent
evidence, ``1 - prod(1 - c)``, and stays below 1: no number of sources makes a link certain.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from . import vocabulary

__all__ = ["claim_confidence", "link_confidence", "reliability_factor", "MAX_LINK_CONFIDENCE"]

MAX_LINK_CONFIDENCE = 0.99


def reliability_factor(grade: str | None) -> float:
    """The factor a document's reliability grade gives its claims (no grade: the default grade).

    >>> reliability_factor("A"), reliability_factor(None) == reliability_factor("F")
    (1.0, True)
    """
    conf = vocabulary.hedges()["confidence"]
    return float(conf["reliability"].get(grade or conf["default_reliability"], 1.0))


def claim_confidence(factors: Mapping, method: str, hedge: str, reliability: float) -> float:
    """A claim's confidence: its method's factor times its hedge's times its document's reliability.

    >>> factors = {"method": {"infobox": 0.9}, "hedge": {"reported": 0.8}}
    >>> claim_confidence(factors, "infobox", "reported", 1.0)
    0.72
    """
    return round(factors["method"][method] * factors["hedge"][hedge] * reliability, 3)


def link_confidence(per_source: Iterable[float]) -> float:
    """A link's confidence from the best claim of each independent source.

    >>> link_confidence([0.7]), link_confidence([0.7, 0.5]), link_confidence([0.9, 0.9, 0.9])
    (0.7, 0.85, 0.99)
    """
    values = list(per_source)
    if len(values) == 1:  # most links: one source, nothing to combine
        return round(min(max(values[0], 0.0), MAX_LINK_CONFIDENCE), 3)
    return round(min(1 - math.prod(1 - c for c in values), MAX_LINK_CONFIDENCE), 3)
