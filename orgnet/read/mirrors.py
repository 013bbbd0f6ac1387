"""Near-duplicate documents: mirror copies of one article (read and tables stages).

Scraped corpora hold the same article more than once: a mirror site's copy, a proxy's, a
second scrape with other markup, spacing or footnote markers. Such copies are not independent
confirmation, so the tables count them once (``documents.mirror_of``, and edge confidence).

Two documents are mirrors when the words of their prose (the sentences the reader found, with
footnote markers blanked; case, punctuation, markup and layout ignored) are nearly the same:
the Jaccard similarity of their sets of 5-word shingles is at least :data:`THRESHOLD`.
Related-article blurbs, references and infobox layout do not count, so a copy with another
sidebar is still a mirror, and two different articles about the same body are not.

It stays fast on large corpora: each document's shingles are reduced, where the document is
parsed (in a worker process), to a MinHash signature of :data:`NUM_PERM` values (one hash
per shingle, about a millisecond per article)
(:func:`fingerprint`, 512 bytes kept in the :class:`~orgnet.read.model.DocumentSummary`);
:func:`find_mirrors` then finds candidate pairs by locality-sensitive hashing (bands of the
signature) and checks each candidate's estimated similarity, never comparing all pairs.

>>> from orgnet.read.document import parse_text, summarize
>>> text = ("The Bureau of Tides is an agency of the Republic of Ruritania that watches the sea. "
...         "It was founded in 1950 by the Ministry of Water and has a staff of about 300. "
...         "It publishes a yearly report on the height of the tides along the northern coast.\\n")
>>> a = summarize(parse_text(text, "a.txt"))
>>> b = summarize(parse_text("Bureau of Tides\\n\\n" + text.replace(". ", ".[1]  "), "b.txt"))
>>> find_mirrors([a, b])
{'b.txt': 'a.txt'}
"""

from __future__ import annotations

import re
import zlib
from typing import TYPE_CHECKING, Sequence

import numpy as np

if TYPE_CHECKING:
    from .model import Document, DocumentSummary

__all__ = [
    "fingerprint",
    "find_mirrors",
    "mirror_roots",
    "similarity",
    "THRESHOLD",
    "NUM_PERM",
    "SHINGLE",
    "MIN_SHINGLES",
]

#: words per shingle
SHINGLE = 5
#: a document with fewer distinct shingles than this is too short to call a mirror
MIN_SHINGLES = 25
#: MinHash values per document
NUM_PERM = 128
#: LSH bands x rows (= NUM_PERM): a pair of similarity s shares a band with probability
#: 1 - (1 - s**ROWS)**BANDS (s = 0.8: all but 5e-8; s = 0.3: 0.23; s = 0.1: 0.003)
BANDS, ROWS = 32, 4
#: estimated Jaccard similarity of the shingle sets from which two documents are mirrors
THRESHOLD = 0.8
#: in one LSH bucket, a document is compared with the first this many (a bucket of thousands of
#: copies of one article stays linear)
BUCKET_CAP = 16

_rng = np.random.RandomState(20240612)  # fixed: fingerprints are the same in every process and build
_MULT = _rng.randint(1, 1 << 62, size=SHINGLE, dtype=np.int64).astype(np.uint64) | np.uint64(1)
_ROTATE = np.uint64(_rng.randint(1, 1 << 31, dtype=np.int64))
del _rng
_BIN_BITS = np.uint64(NUM_PERM.bit_length() - 1)  # NUM_PERM is a power of two
_WORD = re.compile(r"[^\W_]+")


def _shingle_hashes(words: list[str]) -> np.ndarray:
    """Distinct 64-bit hashes of the `SHINGLE`-word runs of `words`, sorted (the same in every process)."""
    wh = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint64, count=len(words))
    n = len(wh) - SHINGLE + 1
    h = wh[:n] * _MULT[0]
    for j in range(1, SHINGLE):
        h = h + wh[j : j + n] * _MULT[j]  # wraps modulo 2**64
    # finish like splitmix64, so the top bits (the bin) depend on every word
    h ^= h >> np.uint64(31)
    h *= np.uint64(0xBF58476D1CE4E5B9)
    h ^= h >> np.uint64(27)
    h *= np.uint64(0x94D049BB133111EB)
    h ^= h >> np.uint64(31)
    return np.unique(h)


def fingerprint(doc: "Document") -> bytes:
    """The MinHash signature of a document's prose (``NUM_PERM`` uint32 values), or ``b""``
    when it has fewer than :data:`MIN_SHINGLES` distinct shingles.

    The words are those of the document's sentences (footnote markers blanked); a document
    with too little prose for that uses the words of its whole text. The signature is a
    one-permutation MinHash with rotation densification (Shrivastava and Li, 2014): each
    shingle is hashed once, the hash's top bits pick one of ``NUM_PERM`` bins, each bin keeps
    its smallest hash, and an empty bin borrows from the next full one; two signatures agree
    in a bin with probability about the Jaccard similarity of the two shingle sets.

    >>> from orgnet.read.document import parse_text
    >>> len(fingerprint(parse_text(" ".join(f"word{i}" for i in range(40)) + ".", "t.txt")))
    512
    >>> fingerprint(parse_text("Too short to tell.", "t.txt"))
    b''
    """
    words = _WORD.findall(" ".join(s.clean for s in doc.sentences).casefold())
    if len(words) < MIN_SHINGLES + SHINGLE - 1:
        words = _WORD.findall((doc.clean or doc.text).casefold())
    if len(words) < MIN_SHINGLES + SHINGLE - 1:
        return b""
    h = _shingle_hashes(words)
    if len(h) < MIN_SHINGLES:
        return b""
    bins = (h >> (np.uint64(64) - _BIN_BITS)).astype(np.int64)
    full, first = np.unique(bins, return_index=True)  # h is sorted: a bin's first hash is its smallest
    values = (h[first] >> np.uint64(64 - 32 - int(_BIN_BITS))) & np.uint64(0xFFFFFFFF)
    # every bin takes the value of the next full bin (itself when full), shifted by the distance
    pos = np.arange(NUM_PERM)
    k = np.searchsorted(full, pos) % len(full)
    dist = (full[k] - pos) % NUM_PERM
    sig = (values[k] + dist.astype(np.uint64) * _ROTATE) & np.uint64(0xFFFFFFFF)
    return sig.astype("<u4").tobytes()


def similarity(a: bytes, b: bytes) -> float:
    """The Jaccard similarity of two documents' shingle sets, estimated from their fingerprints
    (0.0 when either has none)."""
    if len(a) != 4 * NUM_PERM or len(b) != 4 * NUM_PERM:
        return 0.0
    return float(np.mean(np.frombuffer(a, dtype="<u4") == np.frombuffer(b, dtype="<u4")))


def find_mirrors(docs: Sequence["DocumentSummary"], threshold: float = THRESHOLD) -> dict[str, str]:
    """``{doc: earlier doc it mirrors}`` for every document that mirrors an earlier one.

    "Earlier" is the order of `docs` (the build's order); a document mirroring several
    earlier ones names the first.

    Parameters
    ----------
    docs : sequence of DocumentSummary
        The build's documents, each with its ``fingerprint`` (empty: never a mirror).
    threshold : float
        Estimated Jaccard similarity from which two documents are mirrors.
    """
    idx = [i for i, d in enumerate(docs) if len(d.fingerprint) == 4 * NUM_PERM]
    if len(idx) < 2:
        return {}
    sigs = np.frombuffer(b"".join(docs[i].fingerprint for i in idx), dtype="<u4").reshape(len(idx), NUM_PERM)
    candidates: dict[int, set[int]] = {}
    for band in range(BANDS):
        buckets: dict[bytes, list[int]] = {}
        block = np.ascontiguousarray(sigs[:, band * ROWS : (band + 1) * ROWS])
        for row in range(len(idx)):
            buckets.setdefault(block[row].tobytes(), []).append(row)
        for members in buckets.values():
            for pos in range(1, len(members)):
                candidates.setdefault(members[pos], set()).update(members[: min(pos, BUCKET_CAP)])
    out: dict[str, str] = {}
    for row in sorted(candidates):
        earlier = np.fromiter(sorted(candidates[row]), dtype=np.int64)
        sim = (sigs[earlier] == sigs[row]).mean(axis=1)
        hits = earlier[sim >= threshold]
        if len(hits):
            out[docs[idx[row]].doc] = docs[idx[int(hits[0])]].doc
    return out


def mirror_roots(mirror_of: dict[str, str]) -> dict[str, str]:
    """``{doc: the first document of its group of copies}`` for every mirror (following
    chains: a copy of a copy counts as the original).

    >>> mirror_roots({"b": "a", "c": "b", "e": "d"})
    {'b': 'a', 'c': 'a', 'e': 'd'}
    """
    roots: dict[str, str] = {}
    for doc in mirror_of:
        seen, r = [doc], mirror_of[doc]
        while r in mirror_of and r not in seen:
            seen.append(r)
            r = mirror_of[r]
        roots[doc] = r
    return roots
