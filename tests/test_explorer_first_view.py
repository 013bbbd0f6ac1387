"""The Explorer's stored first view (orgnet/explorer/firstview.py): an Explorer of a build's
folder stores its first display, and the next one of the same build shows it before reading
the tables, then reads them and gets the same view (nothing sent again).

Every test stores in a folder of its own (``ORGNET_LAYOUT_CACHE``); outside IPython the
first display is stored when the Explorer is made (in a kernel: after the cell), and a stored
one is loaded when code asks for something that needs the tables. The JupyterLab test of a
second kernel's first display is in tests/test_explorer.py.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import orgnet
from orgnet.explorer import Explorer, firstview

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def store(tmp_path, monkeypatch) -> Path:
    """A store of this test's own."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("ORGNET_LAYOUT_CACHE", str(folder))
    return folder


@pytest.fixture
def folder(seeds_build, tmp_path) -> Path:
    out = tmp_path / "tables"
    seeds_build.write(out)
    return out


def stored_files(store: Path) -> list[Path]:
    return sorted(store.glob("view-*.view"))


class Changes:
    """Every change of the synced traits of some widgets (what would be sent to the browser)."""

    def __init__(self, *widgets):
        self.seen: list[tuple[str, str]] = []
        for w in widgets:
            w.observe(self._seen, names=[n for n in w.trait_names() if w.trait_metadata(n, "sync")])

    def _seen(self, change) -> None:
        self.seen.append((type(change["owner"]).__name__, change["name"]))


def test_the_stored_first_view_is_the_one_computed(folder, store):
    made = Explorer(folder)
    assert not made.stored_view and len(stored_files(store)) == 1
    shown = Explorer(folder)
    assert shown.stored_view and shown._pending is not None  # shown, nothing read yet
    assert shown.network._base_json == made.network._base_json
    assert shown.network.view == made.network.view
    assert (shown.counts.value, shown.status.value) == (made.counts.value, made.status.value)
    assert shown._repr_mimebundle_()["text/html"] == made._repr_mimebundle_()["text/html"]
    assert shown._pending is not None  # the still picture did not read the tables
    # reading the tables and building the graph gives the same first view: nothing changes
    changes = Changes(shown.network, shown.counts, shown.status)
    shown.network.view = {**shown.network.view, "seq": 99}  # (the record works: a change is seen)
    assert changes.seen == [("NetworkView", "view")]
    shown.network.view, changes.seen = made.network.view, []
    assert shown.graph.number_of_nodes() == made.graph.number_of_nodes()
    assert changes.seen == [] and shown._pending is None
    assert shown.network.view == made.network.view and shown.network.base == made.network.base
    assert shown.state.n_nodes == made.state.n_nodes and shown.state.n_edges == made.state.n_edges
    assert len(stored_files(store)) == 1  # not stored again


def test_a_stored_view_imports_neither_pandas_nor_networkx(folder):
    Explorer(folder)  # stores it
    code = (
        "import sys, orgnet\n"
        f"ex = orgnet.Explorer({str(folder)!r})\n"
        "html = ex._repr_mimebundle_()['text/html']\n"
        "assert ex.stored_view and 'orgnet network' in html, html[:200]\n"
        "heavy = [m for m in ('pandas', 'networkx', 'pyarrow') if m in sys.modules]\n"
        "assert heavy == [], heavy\n"
        "assert ex.graph.number_of_nodes() > 0 and 'networkx' in sys.modules\n"
        "print('ok')"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # this checkout's orgnet, the store of this test
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300, env=env)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr


def test_code_that_touches_the_explorer_gets_the_real_one(folder):
    made = Explorer(folder)
    made.focus.value = "MSS"
    expected = (made.state.n_nodes, made.state.n_edges, made.network.view["nodes"])
    shown = Explorer(folder)
    assert shown.stored_view
    shown.focus.value = "MSS"  # as in the same cell: loaded, then changed and redrawn
    assert shown.focus.value == "MSS" and shown.state.focus is not None
    assert (shown.state.n_nodes, shown.state.n_edges, shown.network.view["nodes"]) == expected
    assert shown.network.view["seq"] == 2  # the first view, then this one
    # the still picture is of the view now, not the stored one
    assert f"orgnet network: {expected[0]} nodes" in shown._repr_mimebundle_()["text/html"]
    # each way in loads it: the selection, the claims the drawing asks for, a redraw
    for touch in (
        lambda ex: ex.selection().n_nodes,
        lambda ex: ex._claims_of([0, 10**6]),
        lambda ex: ex.redraw().n_nodes,
        lambda ex: ex.tables.edges.shape,
    ):
        ex = Explorer(folder)
        assert ex.stored_view and ex._pending is not None
        assert touch(ex) is not None and ex._pending is None and ex.state.n_nodes == made.graph.number_of_nodes()
    asked = Explorer(folder)
    replies: list = []
    asked.network.send = lambda content, buffers=None: replies.append(content)
    asked.network._claims_asked(asked.network, {"type": "claims", "edges": [0, 10**6]}, [])
    assert list(replies[0]["claims"]) == ["0"] and replies[0]["claims"]["0"]


def test_the_drawing_saying_it_drew_loads_it_and_shows_the_controls(folder):
    """In a kernel, a stored first view is loaded when the drawing says it has drawn (the
    kernel idle while the browser draws), and the controls are put in then."""
    Explorer(folder)
    shown = Explorer(folder)
    column = shown.widget.children[0].children[0]
    assert shown.stored_view and shown._pending is not None and column.children == ()
    changes = Changes(shown.network, shown.counts, shown.status)
    shown.network._handle_custom_msg({"type": "drawn"}, [])
    assert shown._pending is None and shown.kinds in column.children and shown.focus in column.children
    assert changes.seen == []  # the first view as it was: nothing sent again


def test_a_rebuild_with_another_document_misses_the_store(tmp_path, store):
    docs, out = tmp_path / "docs", tmp_path / "tables"
    docs.mkdir()
    texts = sorted(SEEDS.glob("*.txt"))
    for f in texts[:2]:
        shutil.copy(f, docs)
    orgnet.build(docs).write(out)
    before = Explorer(out)
    assert not before.stored_view and Explorer(out).stored_view
    shutil.copy(texts[2], docs)  # another document, built into the same folder
    orgnet.build(docs).write(out)
    after = Explorer(out)
    assert not after.stored_view, "a stored view of the earlier build was shown"
    assert after.state.n_nodes > before.state.n_nodes and after.counts.value != before.counts.value
    again = Explorer(out)
    assert again.stored_view and again.network.view == after.network.view and again.counts.value == after.counts.value
    assert len(stored_files(store)) == 2


def test_other_arguments_or_a_changed_file_miss_the_store(folder):
    Explorer(folder)
    assert Explorer(folder).stored_view
    assert not Explorer(folder, height=400).stored_view and Explorer(folder, height=400).stored_view
    assert not Explorer(folder, max_table_rows=50).stored_view
    assert not Explorer(folder, layout="fixed").stored_view
    assert Explorer(folder, export_path="x.html").stored_view  # the export path is not in the first display
    # a file of the build changed after it was written: no stored view (read_tables says what is wrong)
    nodes = next(p for p in folder.iterdir() if p.name.startswith("nodes."))
    nodes.write_bytes(nodes.read_bytes() + b"\n")
    assert firstview.store_key(folder, height=560, max_table_rows=200, layout="auto") is not None
    with pytest.raises(orgnet.InputError):
        Explorer(folder)


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # cut short
        lambda b: b.replace(b'"nodes"', b'"nodez"', 1),  # the data changed: the digest does not match
        lambda b: b"not json\n" + b,
        lambda b: b"",
    ],
    ids=["truncated", "changed", "garbage", "empty"],
)
def test_a_damaged_store_file_is_not_used(folder, store, damage):
    made = Explorer(folder)
    (path,) = stored_files(store)
    path.write_bytes(damage(path.read_bytes()))
    again = Explorer(folder)
    assert not again.stored_view and again.network.view == made.network.view
    assert again.network._base_json == made.network._base_json
    assert Explorer(folder).stored_view  # stored again, whole


def test_a_store_file_of_another_key_or_format_is_not_used(folder, store):
    Explorer(folder)
    (path,) = stored_files(store)
    first, _, rest = path.read_bytes().partition(b"\n")
    magic, form, digest = first.decode().split()
    path.write_bytes(f"{magic} 0 {digest}\n".encode() + rest)  # another format
    assert not Explorer(folder).stored_view
    (path,) = stored_files(store)
    first, _, rest = path.read_bytes().partition(b"\n")
    head, _, data = rest.partition(b"\n")
    meta = json.loads(head)
    whole = json.dumps({**meta, "key": "0" * 40}).encode() + b"\n" + data  # another build's, digest right
    path.write_bytes(f"{magic} {form} {firstview._digest(whole)}\n".encode() + whole)
    assert not Explorer(folder).stored_view
    other = store / "view-0000.view"
    path.rename(other)  # a file under another name: not this key's
    assert firstview.read("0000") is None and not Explorer(folder).stored_view


def test_nothing_is_stored_without_a_store_or_a_manifest(folder, store, monkeypatch, seeds_build):
    monkeypatch.setenv("ORGNET_LAYOUT_CACHE", "0")
    Explorer(folder)
    assert not Explorer(folder).stored_view and not store.exists()
    monkeypatch.setenv("ORGNET_LAYOUT_CACHE", str(store))
    Explorer(seeds_build)  # tables, not a folder: nothing to key a stored view by
    assert stored_files(store) == []
    (folder / "manifest.json").unlink()
    with pytest.warns(UserWarning, match="no manifest"):
        Explorer(folder)
    assert stored_files(store) == []


def test_an_unwritable_store_only_means_no_stored_view(folder, tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("ORGNET_LAYOUT_CACHE", str(blocked / "cache"))
    made = Explorer(folder)
    assert made.state.n_nodes > 0 and not Explorer(folder).stored_view


def test_only_the_newest_stored_views_are_kept(folder, store):
    for height in range(300, 300 + firstview.KEPT + 3):
        Explorer(folder, height=height)
    assert len(stored_files(store)) == firstview.KEPT
    assert Explorer(folder, height=300 + firstview.KEPT + 2).stored_view
