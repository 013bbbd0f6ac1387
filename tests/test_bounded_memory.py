"""Issue 15: a build streams its claims instead of holding them.

Parsed claims go to a spool on disk (:mod:`orgnet.spool`), names are resolved a document at a
time (:class:`orgnet.resolve.Resolver`), the tables are made a document at a time
(:class:`orgnet.tables.TableMaker`) and ``orgnet build`` writes the claims table in pieces
(:func:`orgnet.pipeline.build_into`, :class:`orgnet.tables.TableWriter`). Each test checks that
the streamed form gives exactly what the whole-in-memory form gives. (How much memory that
saves is measured in ``make bench``, not asserted here.)
"""

from __future__ import annotations

import _thread
import os
import random
import shutil
import types
from collections import Counter
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

import orgnet
from orgnet import pipeline
from orgnet import tables as tables_mod
from orgnet.extract import Claim
from orgnet.names import name_key
from orgnet.resolve import Resolver, resolve
from orgnet.resolve.namestore import NameStore
from orgnet.resolve.stored import StoredResolution
from orgnet.spool import ClaimSpool, in_child
from orgnet.tables import TableWriter, _frame, edgestore
from orgnet.tables import files as tables_files
from orgnet.tables import make as tables_make

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, bench_corpus) -> Path:
    """Seeds, 30 synthetic articles, a binary file and an analyst's curations (a merge, a
    rejected link, an added claim, a relabel)."""
    folder = tmp_path_factory.mktemp("bounded") / "docs"
    bench_corpus.write_corpus(folder, 30, seed=11, truth_path=folder.parent / "truth.json")
    for p in (ROOT / "seeds").iterdir():
        shutil.copy(p, folder / p.name)
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    from orgnet import curate

    curate.merge(folder, "Ministry of State Security", "MSS", reason="one body", author="ana")
    curate.reject(folder, link=("CICIR", "affiliated_with", "Ministry of State Security"), reason="test", author="ana")
    curate.add(
        folder,
        "CICIR",
        "part_of",
        "Elbonian Test Council",
        citation="Council report, p. 4",
        source="https://example.org/council",
        start=2010,
        reason="not in the corpus",
        author="ana",
    )
    curate.label(
        folder, "CICIR", "China Institutes of Contemporary International Relations", reason="full name", author="ana"
    )
    return folder


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != "manifest.json" and not p.name.startswith(".")
    }


def test_build_into_writes_the_same_files_as_build_then_write(corpus, tmp_path):
    whole = orgnet.build(corpus, jobs=1, progress=False)
    whole.write(tmp_path / "whole", ids=True)
    report = pipeline.build_into(corpus, tmp_path / "streamed", jobs=1, progress=False)
    a, b = _files(tmp_path / "whole"), _files(tmp_path / "streamed")
    assert {"claims.csv", "claims.parquet", "edges.csv", "entity_ids.csv"} <= set(a)
    assert sorted(a) == sorted(b)
    for name in a:
        assert a[name] == b[name], name
    assert report.summary == whole.summary()
    assert report.paths[-1].name == "manifest.json"
    assert orgnet.read_tables(tmp_path / "streamed").claims.equals(whole.claims)
    # the analyst's curations took effect on both paths (not an empty test)
    assert "curated" in set(whole.claims["method"])
    assert whole.documents.set_index("doc").loc["curations.yaml", "warnings"] == ""


def test_claims_are_written_in_pieces_that_change_nothing(corpus, tmp_path, monkeypatch):
    """With pieces of 64 claims and Parquet row groups of 256 rows, the claims reach the writer a
    few dozen at a time (never all at once), and the files are those of the whole-table write.
    So do the edges and the nodes, their claims kept on disk in buckets of 20 entities (the
    edges' by source), at most 16 records of each store in memory at once."""
    monkeypatch.setattr(tables_make, "SINK_ROWS", 64)
    monkeypatch.setattr(tables_files, "ROW_GROUP", 256)
    monkeypatch.setattr(edgestore, "PER_BUCKET", 20)
    monkeypatch.setattr(edgestore, "_PENDING", 16)
    spilled: list[int] = []
    real = edgestore.pickle  # the edge and node stores' own (the module is shared: the merge log pickles too)
    monkeypatch.setattr(
        edgestore,
        "pickle",
        types.SimpleNamespace(
            dump=lambda obj, f, **kw: spilled.append(len(obj)) or real.dump(obj, f, **kw),
            load=real.load,
            HIGHEST_PROTOCOL=real.HIGHEST_PROTOCOL,
        ),
    )
    pieces: list[tuple[str, int]] = []
    real_write = TableWriter.write
    monkeypatch.setattr(
        TableWriter, "write", lambda self, df: pieces.append((self.name, len(df))) or real_write(self, df)
    )
    report = pipeline.build_into(corpus, tmp_path / "streamed", jobs=1, progress=False)
    claims = [n for name, n in pieces if name == "claims"]
    assert len(claims) > 5 and sum(claims) == report.summary["claims"]
    assert max(claims) < 64 + 200  # a piece: 64 claims and at most the last document's claims
    edges = [n for name, n in pieces if name == "edges"]
    assert len(edges) > 5 and max(edges) == 64 and sum(edges) == report.summary["edges"]
    nodes = [n for name, n in pieces if name == "nodes"]
    assert len(nodes) > 2 and max(nodes) == 64 and sum(nodes) == report.summary["nodes"]
    # the claims' records went to disk, the fullest bucket's when a store held 16 in memory
    assert len(spilled) > 5 and max(spilled) <= 16 and sum(spilled) > 10 * 16
    pieces.clear()
    orgnet.build(corpus, jobs=1, progress=False).write(tmp_path / "whole", ids=True)
    assert [name for name, _ in pieces].count("claims") == 1  # the in-memory tables: one write
    a, b = _files(tmp_path / "whole"), _files(tmp_path / "streamed")
    for name in a:
        assert a[name] == b[name], name
    assert pq.ParquetFile(tmp_path / "streamed" / "claims.parquet").num_row_groups == -(-sum(claims) // 256)


def test_a_table_written_in_random_pieces_is_the_same_file(tmp_path):
    rng = random.Random(3)
    n = 140_000
    rows = [
        {
            "entity": f"e{i}",
            "label": "=1+1" if i % 997 == 0 else f"Label {i}",
            "field": "founded",
            "values": f"{i};{i + 1}",
            "docs": "a.txt",
            "claim_ids": f"a.txt:{i}",
        }
        for i in range(n)
    ]
    whole = _frame(rows, "conflicts")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with TableWriter(tmp_path / "a", "conflicts") as w:
        w.write(whole)
    with TableWriter(tmp_path / "b", "conflicts") as w:
        i = 0
        while i < n:
            k = rng.choice([1, 7, 500, 30_000, 70_000])
            w.write(_frame(rows[i : i + k], "conflicts"))
            i += k
    for name in ("conflicts.csv", "conflicts.parquet"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    assert w.rows == {"conflicts.csv": n, "conflicts.parquet": n}
    assert pq.ParquetFile(tmp_path / "b" / "conflicts.parquet").num_row_groups == 3
    back = pd.read_parquet(tmp_path / "b" / "conflicts.parquet")
    assert back["label"].tolist()[:2] == ["=1+1", "Label 1"] and len(back) == n


def test_an_empty_table_is_written_with_its_header(tmp_path):
    with TableWriter(tmp_path, "merges") as w:
        pass
    assert (tmp_path / "merges.csv").read_text("utf-8").splitlines() == [",".join(tables_mod.SCHEMA["merges"])]
    assert pq.read_table(tmp_path / "merges.parquet").num_rows == 0 and w.rows["merges.parquet"] == 0


def test_the_spool_gives_back_exactly_what_it_was_given():
    odd = Claim(
        "Bureau \udcff of Tests",
        "leads",
        "Ada\x00Li",
        value="x" * 100_000,
        refs=(1, 2**70),
        doc="a b;c.txt",
        start=-5,
        confidence=0.1 + 0.2,
        context_start=None,
    )
    with ClaimSpool() as spool:
        spool.put(2, [odd, Claim("A", "alias", value="B")])
        spool.put(0, [])
        spool.put(1, [Claim("C", "part_of", "D")])
        assert spool.get(2) == [odd, Claim("A", "alias", value="B")] and spool.get(0) == []
        assert spool.get(1)[0].object == "D" and len(spool) == 3 and 5 not in spool
        assert spool.get(2)[0] is not spool.get(2)[0]  # new objects each time: nothing stays in memory


def test_resolving_a_document_at_a_time_equals_resolving_all_claims():
    docs = {p.name: orgnet.extract_claims(orgnet.read_document(p)) for p in sorted((ROOT / "seeds").glob("*.txt"))}
    whole = resolve([c for cs in docs.values() for c in cs])
    r = Resolver()
    for doc, cs in docs.items():
        r.scope(doc, cs)
    for cs in docs.values():
        r.see(cs)
    streamed = r.result()
    assert streamed.key_to_id == whole.key_to_id and streamed.scoped == whole.scoped
    assert {k: (e.label, e.kind, e.aliases) for k, e in streamed.entities.items()} == {
        k: (e.label, e.kind, e.aliases) for k, e in whole.entities.items()
    }
    assert [(m.key_a, m.key_b, m.rule) for m in streamed.merges] == [(m.key_a, m.key_b, m.rule) for m in whole.merges]
    assert len(whole.merges) > 10


def test_a_strict_build_that_fails_leaves_no_half_written_folder(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Bureau of Tests\n\nThe Bureau of Tests is led by Ada Li.\n", "utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01\x02" * 50)  # a warning: not text
    out = tmp_path / "out"
    with pytest.raises(orgnet.StrictModeError):
        pipeline.build_into(folder, out, strict=True, jobs=1, progress=False)
    assert not [p for p in out.iterdir() if p.name.startswith(".orgnet-build-")]
    assert not (out / "claims.csv").exists()


def test_a_stage_run_apart_gives_its_result_and_its_errors():
    """``in_child`` runs a stage in a forked child (its memory goes back when it ends)."""
    if not hasattr(os, "fork"):
        pytest.skip("no fork here: the stage runs in this process")
    assert in_child(os.getpid) != os.getpid()

    def fails() -> None:
        raise ValueError("no such name: 'X'")

    with pytest.raises(ValueError, match="no such name"):
        in_child(fails)
    # a result that cannot go back (a lock cannot be pickled) is an error that says why
    with pytest.raises(RuntimeError, match=r"allocate_lock could not send its result: cannot pickle"):
        in_child(_thread.allocate_lock)


def test_the_spool_reads_and_writes_right_after_a_child_read_it():
    """The child shares the spool's file and its position with this process: what this process
    had buffered is written before the child reads, and its position is asked anew after."""
    docs = [
        [
            Claim(f"Body {i} {j}", "subordinate_to", f"Ministry {i}", doc=f"{i}.txt", evidence="x" * (j * 37 % 300))
            for j in range(i % 7 + 1)
        ]
        for i in range(40)
    ]
    with ClaimSpool() as spool:
        for i, claims in enumerate(docs):
            spool.put(i, claims)
        read = in_child(lambda: [c.subject for c in spool.get(0)], shared=(spool,))
        spool.put(40, docs[1])
        assert read == [c.subject for c in docs[0]]
        assert [spool.get(i) for i in range(41)] == docs + [docs[1]]


def test_the_name_store_gives_back_what_the_dicts_would():
    """:class:`NameStore` counts as the per-key dicts it replaces did: spellings summed, the
    documents as a set, the kinds summed in the order each was first seen for its key."""
    store = NameStore()
    store.add({("a", "A"): 1}, {("a", "x.txt")}, {("a", "person"): 1, ("b", "state_body"): 1})
    store.add(
        {("a", "A"): 2, ("a", "a"): 0}, {("a", "y.txt"), ("a", "x.txt")}, {("b", "think_tank"): 2, ("a", "media"): 1}
    )
    store.add({}, set(), {("b", "state_body"): 1, ("a", "person"): 1})
    assert store.spellings["a"] == Counter({"A": 3, "a": 0}) and "a" in store.spellings["a"]
    assert store.docs_of.get("a", set()) == {"x.txt", "y.txt"} and store.docs_of.get("b", None) is None
    assert list(store.contexts["a"].elements()) == ["person", "person", "media"]
    assert list(store.contexts["b"].elements()) == ["state_body", "state_body", "think_tank", "think_tank"]
    store.close()


def test_a_stored_resolution_answers_as_the_resolution_it_saved(tmp_path):
    """:class:`StoredResolution` (the resolution on disk, as the tables stage reads it) gives the
    same entities, ids, names read within a document, spellings, merge log, registry and merges
    rows as the in-memory resolution; its file is gone once it is opened, and it pickles small."""
    import pickle

    docs = {p.name: orgnet.extract_claims(orgnet.read_document(p)) for p in sorted((ROOT / "seeds").glob("*.txt"))}
    claims = [c for cs in docs.values() for c in cs]
    res = resolve(claims)
    path = str(tmp_path / "res.db")
    stored = pickle.loads(pickle.dumps(StoredResolution.save(res, path)))  # as it comes back from the child
    assert len(pickle.dumps(stored)) < 1000
    assert len(stored.entities) == len(res.entities) > 50 and list(stored.entities) == sorted(res.entities)
    for eid, e in res.entities.items():
        assert stored.entities[eid] == e and eid in stored.entities
    assert "no-such-id" not in stored.entities and stored.entities.get("no-such-id") is None
    assert stored.labels([*res.entities, "no-such-id"]) == {eid: e.label for eid, e in res.entities.items()}
    assert dict(stored.key_to_id) == res.key_to_id and dict(stored.scoped) == res.scoped and res.scoped
    assert dict(stored.spelled) == res.spelled and res.spelled
    assert list(stored.merges) == list(res.merges) and len(res.merges) > 10
    assert stored.registry == res.registry
    pairs = {(k, c.doc) for c in claims for k in (name_key(c.subject), name_key(c.object))}
    pairs |= {(k, "other.txt") for k, _ in pairs}
    assert stored.ids_in(pairs) == res.ids_in(pairs) and len(res.ids_in(pairs)) > 100
    for name in ("MSS", "CICIR", "Ministry of State Security", "nobody"):
        for doc in (None, *docs):
            assert stored.id_of(name, doc) == res.id_of(name, doc)
    assert not os.path.exists(path)  # removed from the file system once opened (still readable)
    node_ids = set(list(res.entities)[::2])
    stored.add_nodes(node_ids)
    assert list(stored.merge_rows()) == tables_make._merge_rows(res, node_ids) != []
    stored.close()


def test_a_build_from_the_stored_resolution_writes_what_the_in_memory_one_gives(tmp_path):
    """``orgnet build`` makes the tables from the resolution on disk; :func:`make_tables` from the
    resolution in memory: the same files, byte for byte."""
    from orgnet.metadata import load_sources
    from orgnet.read.document import summarize

    meta, _ = load_sources(ROOT / "seeds")
    parsed = [pipeline.parse_one(p, meta.get(p.name)) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    docs = [d for d, _ in parsed]
    by_doc = {d.doc: claims for d, claims in parsed}
    whole = tables_mod.make_tables(
        [summarize(d) for d in docs], by_doc, resolve([c for cs in by_doc.values() for c in cs]), meta
    )
    whole.write(tmp_path / "whole", ids=True)
    pipeline.build_into(ROOT / "seeds", tmp_path / "streamed", jobs=1, progress=False)
    a, b = _files(tmp_path / "whole"), _files(tmp_path / "streamed")
    assert sorted(a) == sorted(b) and "merges.csv" in a and len(a["entity_ids.csv"]) > 1000
    for name in a:
        assert a[name] == b[name], name


def test_a_resolution_saved_as_it_is_made_is_the_one_made_in_memory(tmp_path):
    """``Resolver.save`` (what ``orgnet build`` does in its resolve child: each entity, the merge
    log and the names read within a document written to the file as they are made) stores what
    ``Resolver.result`` gives and :meth:`StoredResolution.save` stores: with pinned ids, the
    analyst's merges, distinct names, labels and kinds, and two bodies of one label told apart."""
    from orgnet import curate
    from orgnet.curate import load_curations, relabel
    from orgnet.resolve.stored import EditedEntities

    folder = tmp_path / "docs"
    shutil.copytree(ROOT / "seeds", folder)
    for country, city in (("Vietnam", "Hanoi"), ("China", "Beijing")):
        (folder / f"{city}.txt").write_text(
            f"Ministry of Widget Safety ({country})\n\nThe Ministry of Widget Safety ({country}) is headquartered"
            f" in {city}. Ada Li is the director of the Ministry of Widget Safety ({country}).\n",
            "utf-8",
        )
    curate.merge(folder, "Ministry of State Security", "MSS", reason="one body", author="ana")
    curate.distinct(folder, "CICIR", "China Institutes of Contemporary International Relations", reason="t", author="a")
    curate.label(folder, "CICEC", "China International Culture Exchange Center", reason="full name", author="ana")
    curate.kind(folder, "Ministry of State Security", "state_body", reason="test", author="ana")
    curate.label(folder, "No Such Body", "Nothing", reason="matches nothing", author="ana")
    curations, _, _ = load_curations(folder)
    docs = {p.name: orgnet.extract_claims(orgnet.read_document(p)) for p in sorted(folder.glob("*.txt"))}
    pinned = {"mss": "the-ministry", "cicec": "ministry-of-state-security"}

    def read(r: Resolver) -> Resolver:
        for doc, cs in docs.items():
            r.scope(doc, cs)
        for cs in docs.values():
            r.see(cs)
        return r

    res = read(Resolver(pinned, curations)).result()
    warned = relabel(res, curations)
    whole = StoredResolution.save(res, str(tmp_path / "whole.db"))
    path = str(tmp_path / "streamed.db")
    streamed = read(Resolver(pinned, curations, path=path)).save()
    edited = EditedEntities(path, streamed.n_entities)
    assert relabel(edited, curations) == warned and len(warned) == 1
    edited.write()
    assert streamed.warnings == whole.warnings and len(streamed.entities) == len(whole.entities) > 50
    assert dict(streamed.entities) == dict(whole.entities)
    assert dict(streamed.key_to_id) == dict(whole.key_to_id) and dict(streamed.scoped) == dict(whole.scoped)
    assert dict(streamed.spelled) == dict(whole.spelled) and list(streamed.merges) == list(whole.merges)
    assert streamed.registry == whole.registry
    labels = {e.label for e in whole.entities.values()}
    assert {"Ministry of Widget Safety (Vietnam)", "Ministry of Widget Safety (China)"} <= labels
    assert "China International Culture Exchange Center" in labels and "ministry-of-state-security-2" in whole.entities
    assert [m.rule for m in whole.merges].count("curated") >= 1
    whole.close()
    streamed.close()
