"""One exception tree: every error orgnet raises on purpose is an OrgnetError; a bad parameter
is an InputError, which is also a ValueError; a name that matches no node is an
UnknownNodeError, which is also a LookupError.

The graph is the invented example of orgnet.graph.
"""

from __future__ import annotations

import pytest

import orgnet
from orgnet.errors import InputError, OrgnetError, StrictModeError, UnknownNodeError, VocabularyError
from orgnet.explorer import select_view
from orgnet.graph import as_of, ego, example_tables, filter_graph, hierarchy, to_graph
from orgnet.render.charts import centrality_bar


def test_the_tree():
    for cls in (InputError, VocabularyError, StrictModeError, UnknownNodeError):
        assert issubclass(cls, OrgnetError)
    assert issubclass(InputError, ValueError)
    assert issubclass(UnknownNodeError, LookupError)
    assert not issubclass(UnknownNodeError, ValueError) and not issubclass(InputError, LookupError)
    assert orgnet.InputError is InputError and orgnet.OrgnetError is OrgnetError


@pytest.fixture
def W():
    return to_graph(example_tables())


@pytest.mark.parametrize(
    "call, match",
    [
        (lambda G: ego(G, "MOW", depth=-1), "depth"),
        (lambda G: as_of(G, "last year"), "'last year'"),
        (lambda G: hierarchy(G, "MOW", relations=("reports_to",)), "'reports_to'"),
        (lambda G: filter_graph(G, kinds=["think_tnk"]), "'think_tnk'"),
        (lambda G: filter_graph(G, min_confidence=1.5), "1.5"),
        (lambda G: select_view(G, depth=-2), "-2"),
        (lambda G: centrality_bar(G, top=0), "0"),
    ],
)
def test_a_bad_parameter_is_an_input_error_naming_the_value(W, call, match):
    with pytest.raises(InputError, match=match) as info:
        call(W)
    assert isinstance(info.value, ValueError)  # callers that catch ValueError keep working


def test_an_unknown_node_is_a_lookup_error(W):
    with pytest.raises(LookupError, match="Ministry of Gidgets") as info:
        ego(W, "Ministry of Gidgets")
    assert isinstance(info.value, UnknownNodeError)
