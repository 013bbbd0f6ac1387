"""The parse cache can be trusted (issue 14): entries are plain JSON with a checksum, every
field survives, every corruption is detected and parsed again with a warning naming the
file, a crafted file cannot run code, and a killed build keeps what it had parsed."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import pickle
import random
import signal
import subprocess
import sys
import time
import typing
import warnings
from pathlib import Path

import claim_helpers  # tests/claim_helpers.py (on sys.path via conftest)
import pytest

import orgnet
from orgnet import cache as cache_mod
from orgnet import parsing
from orgnet.errors import CacheWarning, OrgnetWarning
from orgnet.extract import Claim
from orgnet.read.model import DocumentSummary

ROOT = Path(orgnet.__file__).resolve().parent.parent


def write_corpus(folder: Path, n: int) -> Path:
    """``n`` short invented articles (``board_NN.txt``)."""
    return claim_helpers.write_corpus(folder, "Board", n)


def csvs(tables: orgnet.Tables, out: Path) -> dict[str, bytes]:
    tables.write(out, formats=("csv",))
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


def entries(store: Path) -> list[Path]:
    return sorted(store.rglob("*" + cache_mod.SUFFIX))


def counting_parse(monkeypatch) -> list[str]:
    """Record the name of every document parsed from now on."""
    parsed: list[str] = []
    real = parsing.parse_one
    monkeypatch.setattr(parsing, "parse_one", lambda p, m=None: parsed.append(Path(p).name) or real(p, m))
    return parsed


# --------------------------------------------------------------------------- every field survives


def _sample(t: typing.Any, name: str, n: int) -> typing.Any:
    """A value of type ``t`` unlike any default, different for each field (``n``)."""
    text = f"{name} {n} Zürich “北京” \x1f"
    return {
        str: text,
        int: 10_000 + n,
        float: n + 0.123456789012345,
        bool: True,
        int | None: -n - 1,
        bytes: bytes(range(n, n + 9)),
        tuple[int, ...]: (n, n + 1, 2**40),
        dict[int, str]: {n: text, -1: ""},
        list[tuple[int, str]]: [(n, text), (0, "")],
        list[str]: [text, "", text],
    }[t]


def _non_default(cls: type) -> typing.Any:
    hints = typing.get_type_hints(cls)
    obj = cls(*(_sample(hints[f.name], f.name, i) for i, f in enumerate(dataclasses.fields(cls))))
    for f in dataclasses.fields(cls):
        default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
        assert getattr(obj, f.name) != default, f.name
    return obj


def _same_types(a: typing.Any, b: typing.Any) -> bool:
    """Equal, and of the same types all the way down (a tuple stays a tuple, an int key an int)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return (
            list(a) == list(b)
            and all(_same_types(x, y) for x, y in zip(a, b))
            and all(_same_types(a[k], b[k]) for k in a)
        )
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(_same_types(x, y) for x, y in zip(a, b))
    return a == b


def test_every_field_of_summary_and_claims_survives_with_its_type():
    summary, claim = _non_default(DocumentSummary), _non_default(Claim)
    other = dataclasses.replace(claim, start=None, refs=(), confidence=1, defining=False)
    data = cache_mod.encode_entry("k" * 64, (summary, [claim, other]))
    back, claims = cache_mod.decode_entry("k" * 64, data)
    for orig, new in ((summary, back), (claim, claims[0]), (other, claims[1])):
        for f in dataclasses.fields(orig):
            assert _same_types(getattr(orig, f.name), getattr(new, f.name)), f.name


def test_a_file_name_that_is_not_utf8_is_cached_too():
    summary = DocumentSummary(doc="caf\udce9.txt", path="/x/caf\udce9.txt", references={1: "\udce9"})
    claims = [Claim("Board \udce9", "alias", "B", doc="caf\udce9.txt")]
    data = cache_mod.encode_entry("k", (summary, claims))
    assert cache_mod.decode_entry("k", data) == (summary, claims)


def test_a_new_field_is_stored_and_a_field_of_unknown_type_stops_the_codec():
    @dataclasses.dataclass(slots=True)
    class Wider:
        subject: str
        weight: float = 0.0
        seen_at: tuple[int, ...] = ()

    codec = cache_mod._Codec(Wider)
    objs = [Wider("a", 0.5, (3,)), Wider("b")]
    strings = cache_mod._Strings()
    assert codec.decode(codec.encode(objs, strings), list(strings)) == objs

    @dataclasses.dataclass
    class Odd:
        tags: set[str]

    with pytest.raises(TypeError, match=r"cache\.py cannot store Odd\.tags"):
        cache_mod._Codec(Odd)


# --------------------------------------------------------------------------- corruption


def _corrupt(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """``data`` changed at random: random bytes at a random offset, a bit flip, a truncation,
    bytes appended or inserted. The result always differs from ``data``."""
    kind = rng.choice(["bytes", "bytes", "bit", "truncate", "append", "insert"])
    at = rng.randrange(len(data))
    if kind == "bytes":
        n = rng.randint(1, 16)
        new = bytearray(rng.randbytes(n))
        old = data[at : at + n]
        if new[: len(old)] == old:
            new[0] ^= 0xFF
        out = data[:at] + bytes(new) + data[at + n :]
    elif kind == "bit":
        out = data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1 :]
    elif kind == "truncate":
        out = data[:at]
    elif kind == "append":
        out = data + rng.randbytes(rng.randint(1, 8))
    else:
        out = data[:at] + rng.randbytes(rng.randint(1, 8)) + data[at:]
    assert out != data
    return out, f"{kind} at {at}"


@pytest.fixture(scope="module")
def cached(tmp_path_factory):
    """A small invented corpus, its tables from a clean build, and a cache of it."""
    root = tmp_path_factory.mktemp("cached")
    corpus = write_corpus(root / "corpus", 12)
    clean = csvs(orgnet.build(corpus, jobs=1), root / "clean")
    store = root / ".cache"
    orgnet.build(corpus, cache=store, jobs=1)
    return corpus, clean, store, {p: p.read_bytes() for p in entries(store)}


def test_every_random_corruption_of_an_entry_is_detected(cached):
    """2,000 random corruptions of the entries: none loads, each is reported by name."""
    corpus, _, store, good = cached
    rng = random.Random(14)
    for trial in range(2000):
        path = rng.choice(sorted(good))
        data, what = _corrupt(good[path], rng)
        path.write_bytes(data)
        c = cache_mod.ParseCache(store)
        with pytest.warns(CacheWarning, match="parsed again") as caught:
            assert c.get(path.stem) is None, f"trial {trial}: {path.name}: {what} loaded"
        assert str(caught[0].message).startswith(f"{path}: cache entry not used: ")
        assert c.rejected == [path] and not path.exists()  # deleted, to be written again
        path.write_bytes(good[path])
        assert c.get(path.stem) is not None


def test_rebuilds_with_corrupt_entries_reparse_each_and_equal_a_clean_build(cached, monkeypatch, tmp_path):
    """25 rebuilds, each with 8 of the 12 entries corrupted at random (200 corruptions): the
    build finishes, parses again exactly the corrupted documents, and its tables are those of
    a clean build."""
    corpus, clean, store, good = cached
    for p, data in good.items():
        p.write_bytes(data)
    parsed = counting_parse(monkeypatch)
    rng = random.Random(2026)
    names = {p: cache_mod.decode_entry(p.stem, data)[0].doc for p, data in good.items()}
    detected = corrupted = 0
    for trial in range(25):
        victims = rng.sample(sorted(good), 8)
        for p in victims:
            p.write_bytes(_corrupt(good[p], rng)[0])
        parsed.clear()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            tables = orgnet.build(corpus, cache=store, jobs=1)
        warned = sorted(str(w.message).split(": ")[0] for w in caught if issubclass(w.category, CacheWarning))
        assert warned == sorted(map(str, victims)), f"rebuild {trial}"
        assert sorted(parsed) == sorted(names[p] for p in victims), f"rebuild {trial}"
        corrupted += len(victims)
        detected += len(parsed)
        assert csvs(tables, tmp_path / f"t{trial}") == clean, f"rebuild {trial}"
        assert {p: p.read_bytes() for p in entries(store)} == good  # written again, as they were
    assert detected == corrupted == 200


def test_an_entry_that_would_run_code_as_a_pickle_is_only_a_miss(cached, tmp_path, monkeypatch):
    corpus, clean, store, good = cached
    for p, data in good.items():
        p.write_bytes(data)
    victim = sorted(good)[3]
    marker = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self):
            return os.system, (f"touch {marker}",)

    victim.write_bytes(pickle.dumps(Exploit()))
    # the old layout: a pickle under <key>.pickle beside it does nothing either
    (victim.parent / f"{victim.stem}.pickle").write_bytes(pickle.dumps(Exploit()))
    parsed = counting_parse(monkeypatch)
    with pytest.warns(CacheWarning, match=f"{victim.name}: cache entry not used: not an orgnet cache entry"):
        tables = orgnet.build(corpus, cache=store, jobs=1)
    assert not marker.exists()
    assert len(parsed) == 1 and csvs(tables, tmp_path / "t") == clean
    assert not (victim.parent / f"{victim.stem}.pickle").exists()  # cleared away with the leftovers


def test_a_crafted_entry_with_a_right_checksum_but_wrong_values_is_a_miss(cached):
    corpus, clean, store, good = cached
    victim = sorted(good)[0]
    plain = cache_mod.to_plain(cache_mod.decode_entry(victim.stem, good[victim]))
    crafted = []
    bad = [row[:] for row in plain[2]]
    bad[9] = ["ten"] * len(bad[9])  # char_start: strings, not integers
    crafted.append([plain[0], plain[1], bad])
    crafted.append([plain[0], plain[1], plain[2][:-1]])  # a column missing
    crafted.append([plain[0] + [7], plain[1], plain[2]])  # a number in the string table
    crafted.append({"strings": plain[0]})
    crafted.append([[]] * 3)
    for i, value in enumerate(crafted):
        payload = json.dumps(value).encode()
        victim.write_bytes(cache_mod._header(victim.stem, payload) + payload)
        c = cache_mod.ParseCache(store)
        with pytest.warns(CacheWarning, match="its content is not a parse"):
            assert c.get(victim.stem) is None, i
    victim.write_bytes(good[victim])


def test_an_entry_under_another_key_is_not_used(cached):
    corpus, clean, store, good = cached
    a, b = sorted(good)[:2]
    a.write_bytes(good[b])  # a valid entry of another document
    with pytest.warns(CacheWarning, match="its header names another key"):
        assert cache_mod.ParseCache(store).get(a.stem) is None
    a.write_bytes(good[a])


def test_a_file_index_with_values_of_the_wrong_type_only_means_hashing_again(cached, tmp_path):
    corpus, clean, store, good = cached
    for p, data in good.items():
        p.write_bytes(data)
    index = next(store.rglob("files.json"))
    names = list(json.loads(index.read_text("utf-8"))["files"])
    assert len(names) == 12
    junk = [5, None, "x", [1], [1, 2, 3, 4, 5], {"a": 1}, [0, 0, 0, 0, 7]]
    index.write_text(json.dumps({"saved_ns": 2**62, "files": {n: junk[i % 7] for i, n in enumerate(names)}}))
    c = cache_mod.ParseCache(store)
    assert sorted(c.key(p, None) for p in corpus.iterdir()) == sorted(p.stem for p in good)  # all found
    assert c.hashed == 12
    assert csvs(orgnet.build(corpus, cache=store, jobs=1), tmp_path / "t") == clean


def test_the_build_command_prints_a_cache_warning_naming_the_file(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", 3)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "orgnet", "build", corpus, "--out", out, "--no-progress", "--jobs", "1"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    first = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0 and first.stderr == "", first.stderr
    victim = entries(out / ".cache")[1]
    victim.write_bytes(victim.read_bytes()[:-10])
    again = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    lines = again.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"orgnet build: warning: {victim}: cache entry not used: ")
    assert "truncated or extended" in lines[0] and lines[0].endswith("; parsed again")
    assert first.stdout.splitlines()[0] == again.stdout.splitlines()[0]


def test_cache_warning_is_an_orgnet_warning():
    assert issubclass(CacheWarning, OrgnetWarning) and issubclass(OrgnetWarning, UserWarning)


# --------------------------------------------------------------------------- a killed build

STALLED_BUILD = """
import sys, time
from pathlib import Path
from orgnet import parsing
real = parsing.parse_one
def stall(path, meta=None):
    if Path(path).name == "board_10.txt":
        time.sleep(600)  # the eleventh document never finishes: the test kills the build here
    return real(path, meta)
parsing.parse_one = stall
from orgnet.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_killed_build_keeps_the_entries_of_what_it_parsed(tmp_path, monkeypatch, jobs):
    """A build of 40 documents killed (SIGKILL, the whole process group: parent and parse
    workers) while one worker is stuck in the eleventh document has written an intact entry
    for each document whose parse had come back, the first ten at least; the next build uses
    them and parses only the others. With a pool (``jobs=2``, chunks of two documents), the
    other worker goes on meanwhile, so more entries may be kept, never the stuck document's."""
    corpus = write_corpus(tmp_path / "corpus", 40)
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            STALLED_BUILD,
            "build",
            str(corpus),
            "--out",
            str(out),
            "--no-progress",
            "--jobs",
            str(jobs),
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    first_ten = {f"board_{i:02d}.txt" for i in range(10)}
    try:
        deadline = time.monotonic() + 300  # a guard against waiting forever only
        while not first_ten <= {cache_mod.decode_entry(p.stem, p.read_bytes())[0].doc for p in entries(out / ".cache")}:
            assert proc.poll() is None and time.monotonic() < deadline, "no entries while the build parses"
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    left = entries(out / ".cache")
    kept = sorted(cache_mod.decode_entry(p.stem, p.read_bytes())[0].doc for p in left)  # each one intact
    assert first_ten <= set(kept) and "board_10.txt" not in kept
    if jobs == 1:
        assert kept == sorted(first_ten)
    (left[0].parent / "deadbeef.0.tmp").write_bytes(b"half an entry")  # as if killed mid-write

    parsed = counting_parse(monkeypatch)
    hits: list[int] = []
    real_prune = cache_mod.ParseCache.prune
    monkeypatch.setattr(cache_mod.ParseCache, "prune", lambda self: hits.append(self.hits) or real_prune(self))
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheWarning)
        tables = orgnet.build(corpus, cache=out / ".cache", jobs=1)
    assert hits == [len(kept)]
    assert parsed == sorted(f"board_{i:02d}.txt" for i in range(40) if f"board_{i:02d}.txt" not in kept)
    assert len(entries(out / ".cache")) == 40 and not list((out / ".cache").rglob("*.tmp"))
    assert csvs(tables, tmp_path / "a") == csvs(orgnet.build(corpus, jobs=1), tmp_path / "b")


def test_the_parser_version_covers_every_module_the_parse_imports():
    """A change to any module the parse runs (reading, extraction and what they import) must
    give a new parser version, or the cache would hand back parses of the old code."""
    code = (
        "import sys; import orgnet; before = set(sys.modules); "
        "import orgnet.read.document, orgnet.extract, orgnet.parsing; "
        "print('\\n'.join(sorted(m for m in set(sys.modules) - before if m.startswith('orgnet.'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    here = Path(cache_mod.__file__).parent
    hashed = {p for pattern in cache_mod._PARSER_MODULES for p in here.glob(pattern)}
    loaded = {here.joinpath(*m.split(".")[1:]).with_suffix(".py") for m in out}
    loaded = {p if p.exists() else p.with_suffix("") / "__init__.py" for p in loaded}
    assert out and sorted(p.relative_to(here).as_posix() for p in loaded - hashed) == []
