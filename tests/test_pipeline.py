"""The build pipeline: a process pool that keeps output deterministic, and the parse cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import orgnet
from orgnet import cache as cache_mod
from orgnet import parsing, pipeline
from orgnet.errors import CacheWarning

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _corpus(folder: Path, copies: int = 4) -> Path:
    folder.mkdir()
    for i in range(copies):
        for p in sorted(SEEDS.glob("*.txt")):
            shutil.copy(p, folder / f"{i:02d}_{p.name}")
    return folder


def _csvs(tables: orgnet.Tables, out: Path) -> dict[str, bytes]:
    tables.write(out, formats=("csv",))
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


def test_a_process_pool_gives_the_same_tables_as_one_process(tmp_path):
    corpus = _corpus(tmp_path / "corpus")  # 20 documents: enough for the pool with 2 jobs
    one = _csvs(orgnet.build(corpus, jobs=1), tmp_path / "one")
    two = _csvs(orgnet.build(corpus, jobs=2), tmp_path / "two")
    assert one == two
    assert len(orgnet.read_tables(tmp_path / "two").documents) == 20


def test_a_rebuild_parses_only_the_changed_document(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "corpus", copies=1)
    store = tmp_path / "out" / ".cache"
    first = _csvs(orgnet.build(corpus, cache=store), tmp_path / "first")

    parsed: list[str] = []
    real = parsing.parse_one
    monkeypatch.setattr(parsing, "parse_one", lambda p, m=None: parsed.append(Path(p).name) or real(p, m))
    again = _csvs(orgnet.build(corpus, cache=store, jobs=1), tmp_path / "again")
    assert parsed == [] and again == first  # nothing changed: nothing parsed, same output

    changed = sorted(corpus.glob("*.txt"))[2]
    title, rest = changed.read_text("utf-8").split("\n", 1)
    changed.write_text(
        f"{title}\n\nThe Bureau of Tests is overseen by the Ministry of Widgets.\n{rest}", encoding="utf-8"
    )
    tables = orgnet.build(corpus, cache=store, jobs=1)
    assert parsed == [changed.name]
    assert "ministry-of-widgets" in set(tables.nodes["id"])
    fresh = orgnet.build(corpus, jobs=1)  # the cached build equals a build from scratch
    assert _csvs(tables, tmp_path / "c1") == _csvs(fresh, tmp_path / "c2")


def test_the_cache_is_safe_to_delete_and_keyed_by_parser_version(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "corpus", copies=1)
    store = tmp_path / ".cache"
    before = _csvs(orgnet.build(corpus, cache=store), tmp_path / "a")
    entries = list(store.rglob("*.entry"))
    assert len(entries) == 5
    shutil.rmtree(store)
    assert _csvs(orgnet.build(corpus, cache=store), tmp_path / "b") == before

    # a new parser version does not read the old entries, and clears them away
    cache_mod.parser_version.cache_clear()
    monkeypatch.setattr(cache_mod, "parser_version", lambda: "another-version")
    c = cache_mod.ParseCache(store)
    assert c.get(c.key(sorted(corpus.glob("*.txt"))[0], None)) is None
    orgnet.build(corpus, cache=store)
    assert [d.name for d in store.iterdir()] == ["another-version"]


def test_a_corrupt_cache_entry_is_parsed_again_with_a_warning_naming_it(tmp_path):
    corpus = _corpus(tmp_path / "corpus", copies=1)
    store = tmp_path / ".cache"
    before = _csvs(orgnet.build(corpus, cache=store), tmp_path / "a")
    entries = sorted(store.rglob("*.entry"))
    for f in entries:
        f.write_bytes(b"not an entry")
    with pytest.warns(CacheWarning) as caught:
        again = orgnet.build(corpus, cache=store)
    assert _csvs(again, tmp_path / "b") == before
    assert sorted(str(w.message).split(": ")[0] for w in caught) == [str(f) for f in entries]
    assert all(str(w.message).endswith("; parsed again") for w in caught)
    assert not (again.documents["warnings"].str.contains("cache")).any()  # not a document's warning


def test_parser_version_changes_with_the_vocabulary():
    v = cache_mod.parser_version()
    assert len(v) == 16 and v == cache_mod.parser_version()


def test_claims_and_summaries_survive_pickling_whole():
    """Parse workers pickle claims with a custom __reduce__: no field may be lost."""
    import pickle

    from orgnet.read.document import summarize

    parsed = [pipeline.parse_one(p) for p in sorted(SEEDS.glob("*.txt"))]
    claims = [c for _, cs in parsed for c in cs]
    assert any(c.refs for c in claims) and any(c.start for c in claims) and any(c.defining for c in claims)
    assert all(c.context and c.context_start is not None for c in claims)
    back = pickle.loads(pickle.dumps(claims, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == claims
    for doc, _ in parsed:
        summary = summarize(doc)
        assert pickle.loads(pickle.dumps(summary)) == summary
        assert summary.chars == len(doc.text) and summary.references == doc.references


def test_unchanged_files_are_not_read_again_and_a_same_size_rewrite_is_caught(tmp_path, monkeypatch):
    """files.json skips hashing files whose stat is unchanged; a rewrite with the same size and
    a restored modification time still changes the change time, so it is read and re-parsed."""
    import os

    monkeypatch.setattr(cache_mod.ParseCache, "RACY_NS", 0)  # the files here are seconds old only
    corpus = _corpus(tmp_path / "corpus", copies=1)
    store = tmp_path / "out" / ".cache"
    orgnet.build(corpus, cache=store)

    hashed: list[int] = []
    real_prune = cache_mod.ParseCache.prune
    monkeypatch.setattr(cache_mod.ParseCache, "prune", lambda self: hashed.append(self.hashed) or real_prune(self))
    orgnet.build(corpus, cache=store, jobs=1)
    assert hashed == [0]

    victim = sorted(corpus.glob("*.txt"))[1]
    st = victim.stat()
    text = victim.read_text("utf-8")
    new = text.replace("Ministry", "Minestry", 1)
    assert new != text and len(new.encode()) == len(text.encode())
    victim.write_text(new, encoding="utf-8")
    os.utime(victim, ns=(st.st_atime_ns, st.st_mtime_ns))  # same size, same mtime: only ctime moved
    parsed: list[str] = []
    real = parsing.parse_one
    monkeypatch.setattr(parsing, "parse_one", lambda p, m=None: parsed.append(Path(p).name) or real(p, m))
    tables = orgnet.build(corpus, cache=store, jobs=1)
    assert hashed[-1] == 1 and parsed == [victim.name]
    assert tables.claims["evidence"].str.contains("Minestry").any()


def test_a_damaged_file_index_only_means_hashing_again(tmp_path):
    corpus = _corpus(tmp_path / "corpus", copies=1)
    store = tmp_path / ".cache"
    first = _csvs(orgnet.build(corpus, cache=store), tmp_path / "a")
    index = next(store.rglob("files.json"))
    index.write_text("{not json", encoding="utf-8")
    assert _csvs(orgnet.build(corpus, cache=store), tmp_path / "b") == first
    assert '"files"' in index.read_text("utf-8")
