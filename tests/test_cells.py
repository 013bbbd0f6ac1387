"""orgnet.cells: one reading of table cells for every stage (invented values only)."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from orgnet.cells import cell_text, is_missing, plain, split_cell
from orgnet.graph.lookup import node_label, node_names


@pytest.mark.parametrize("value", [None, float("nan"), np.float64("nan"), pd.NA, pd.NaT, np.datetime64("NaT")])
def test_missing_values_are_missing_whatever_their_dtype(value):
    assert is_missing(value)
    assert plain(value) is None
    assert split_cell(value) == []
    assert cell_text(value) == ""


@pytest.mark.parametrize("value", ["", " ", 0, 0.0, False, [], (), set(), {}])
def test_empty_or_false_values_are_not_missing(value):
    assert not is_missing(value)


def test_plain_turns_numpy_scalars_into_python_values():
    assert type(plain(np.int64(1983))) is int and plain(np.int64(1983)) == 1983
    assert type(plain(np.float64(0.5))) is float
    assert plain(np.str_("Body A")) == "Body A"
    assert plain(["a"]) == ["a"] and plain("a") == "a"


def test_split_cell_reads_joined_text_lists_and_numbers():
    assert split_cell("widgets.txt; gadgets.txt ;;") == ["widgets.txt", "gadgets.txt"]
    assert split_cell("  one item  ") == ["one item"]
    assert split_cell("a | b|c", " | ") == ["a", "b|c"]
    assert split_cell(["x", " ", "y"]) == ["x", "y"]
    assert split_cell(np.int64(7)) == ["7"]
    assert split_cell(" ; ") == []


def test_node_label_and_names_read_the_attributes_the_same_way_everywhere():
    G = nx.MultiDiGraph()
    G.add_node("body-a", label="Body A", aliases="BA;Old Body A", name_zh=float("nan"))
    G.add_node("body-b", label=None, aliases=None)
    assert node_label(G, "body-a") == "Body A" and node_label(G, "body-b") == "body-b"
    assert node_names(G.nodes["body-a"]) == ["Body A", "BA", "Old Body A"]
    assert node_names(G.nodes["body-b"]) == []


def test_the_explorer_and_the_briefing_use_the_one_helper():
    import orgnet.explorer
    import orgnet.render.briefing_view

    assert orgnet.explorer._label is node_label and orgnet.explorer._names is node_names
    assert orgnet.explorer._split is split_cell
    assert orgnet.render.briefing_view.node_label is node_label  # (the briefing's view and its words)
