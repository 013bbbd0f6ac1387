"""Read source files into documents (read stage): the entry points.

A :class:`Document` is what a scraped article holds, found without interpreting it:
its title, layout, infobox fields, sections, sentences with character offsets,
footnote reference numbers, the numbered reference list, leader lists, "See also"
entries and "Related Research Articles" blurbs (small documents of their own).

Every offset of a document is into ``Document.text``: the file decoded (UTF-8, or a
fallback with a warning), with a BOM removed, line ends made ``\\n``, Unicode in NFC
form, and ``<script>``/``<style>`` blocks, HTML markup and %-escapes taken out.
``Document.raw`` is the file as decoded (a BOM dropped) and ``Document.source_map``
(:class:`orgnet.read.offsets.OffsetMap`) maps positions of ``text`` back to it; claims carry
offsets into ``raw`` (:func:`orgnet.extract.extract_claims`). Lines the reader could not
place are kept in ``Document.unparsed``; nothing is dropped silently.

>>> d = parse_text("= Bureau of Tests =\\n- Parent organization: Ministry of Tests\\n\\n"
...                "The Bureau of Tests (BOT) is an agency.[1] It was founded in 1950.\\n", "t.txt")
>>> d.layout, d.title, [f.key for f in d.fields]
('dash-infobox', 'Bureau of Tests', ['Parent organization'])
>>> [(s.text, s.refs) for s in d.sentences]
[('The Bureau of Tests (BOT) is an agency.[1]', (1,)), ('It was founded in 1950.', ())]
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from .decode import decode_bytes, normalize_mapped, remove_scripts, strip_html_mapped
from .folder import display_name
from .glosses import part_glued_links, part_glued_terms, remove_link_glosses
from .layout import detect_layout
from .lines import PERCENT_ESCAPE
from .mirrors import fingerprint
from .model import Document, DocumentSummary
from .offsets import unquote_mapped
from .parse import Parser

__all__ = ["MAX_BYTES_DEFAULT", "summarize", "read_document", "document_from_bytes", "parse_text", "read_bounded"]


MAX_BYTES_DEFAULT = 64 * 1024 * 1024


def summarize(doc: Document | DocumentSummary) -> DocumentSummary:
    """The :class:`DocumentSummary` of a document (a summary is returned as it is).

    >>> summarize(parse_text("= Bureau of Tests =\\nIt was founded in 1950.\\n", "t.txt")).n_sentences
    1
    """
    if isinstance(doc, DocumentSummary):
        return doc
    return DocumentSummary(
        doc=doc.doc,
        path=doc.path,
        layout=doc.layout,
        title=doc.title,
        chars=len(doc.text),
        n_sentences=len(doc.sentences) + sum(len(b.sentences) for b in doc.related),
        n_fields=len(doc.fields),
        references=doc.references,
        unparsed=doc.unparsed,
        warnings=doc.warnings,
        status=doc.status,
        encoding=doc.encoding,
        fingerprint=fingerprint(doc),
        sha256=doc.sha256,
    )


def read_bounded(path: Path, max_bytes: int) -> bytes | str:
    """A regular file's bytes, never more than ``max_bytes + 1`` of them, or why it cannot be
    read. The file is opened without blocking and checked on the open descriptor, so a FIFO
    or a device (also behind a link) is refused rather than waited on or read forever."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        return f"cannot read ({exc.strerror or exc})"
    with os.fdopen(fd, "rb") as fh:
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                return "not a regular file (a FIFO, socket or device); not read"
            if st.st_size > max_bytes:
                return f"{st.st_size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit; not parsed"
            data = fh.read(max_bytes + 1)
        except OSError as exc:
            return f"cannot read ({exc.strerror or exc})"
    if len(data) > max_bytes:  # it grew while being read
        return f"over the {max_bytes / 1e6:.0f} MB limit; not parsed"
    return data


def read_document(path: str | Path, *, doc: str | None = None, max_bytes: int = MAX_BYTES_DEFAULT) -> Document:
    """Read one file into a :class:`Document`; problems become warnings, never exceptions.

    Only a regular file is read, and at most ``max_bytes`` of it (checked before reading).
    An unreadable, too large, empty or binary file gives a document with ``status`` saying why.
    ``sha256`` is the digest of the file's bytes as read.
    """
    path = Path(path)
    name = doc or display_name(path.name)
    data = read_bounded(path, max_bytes)
    if isinstance(data, str):
        status = "too-large" if "limit" in data else "unreadable"
        return Document(
            doc=name, path=display_name(str(path)), status=status, layout="empty", warnings=[f"{name}: {data}"]
        )
    return document_from_bytes(data, name, display_name(str(path)))


def document_from_bytes(data: bytes, doc: str, path: str = "") -> Document:
    """A file's bytes (read by :func:`read_document`, or sent to a worker that cannot see the
    file) as a :class:`Document`: decoded, parsed; problems become warnings.

    >>> d = document_from_bytes(b"= Bureau of Tests =\\nIt was founded in 1950.\\n", "t.txt")
    >>> d.title, d.status, d.sha256[:12]
    ('Bureau of Tests', 'ok', '8c38292a78c8')
    """
    sha = hashlib.sha256(data).hexdigest()
    text, enc, warnings, status = decode_bytes(data, doc)
    if text is not None and not text.strip() and status == "ok":
        status, warnings = "empty", [f"{doc}: empty file (only white space)"]
    if text is None:
        return Document(doc=doc, path=path, status=status, warnings=warnings, layout="binary", encoding=enc, sha256=sha)
    d = parse_text(text, doc)
    d.path, d.encoding, d.sha256 = path, enc, sha
    d.warnings[:0] = warnings
    if status != "ok" and d.status == "ok":
        d.status = status
    return d


def parse_text(text: str, doc: str = "<text>") -> Document:
    """Parse a document's text (any layout) into a :class:`Document`. Pure: text in, data out.

    ``text`` is the file as decoded; a leading BOM is dropped and the rest is kept as
    ``Document.raw``. The parser reads the cleaned ``Document.text`` (line ends ``\\n``, NFC,
    ``<script>``/``<style>`` blocks, HTML markup and %-escapes taken out), and
    ``Document.source_map`` maps its positions back to ``raw``
    (:func:`orgnet.extract.extract_claims` gives claims offsets into ``raw``).

    >>> d = parse_text("\\ufeffBureau of Tests\\r\\n\\r\\nThe Bureau of Tests was set up in 1950.\\r\\n")
    >>> d.text.index("The"), d.source_map.start(d.text.index("The")), d.raw.index("The")
    (17, 19, 19)
    """
    raw = text.lstrip("\ufeff")
    text, source = normalize_mapped(raw)
    d = Document(doc=doc)
    text, scripts, m = remove_scripts(text)
    source = source.then(m)
    if scripts:
        d.warnings.append(f"{doc}: {scripts} <script>/<style> block(s) removed")
    stripped, tags, m = strip_html_mapped(text)
    if tags:
        text = stripped
        source = source.then(m)
        d.warnings.append(f"{doc}: HTML markup removed ({tags} tags; scripts and styles dropped)")
        d.status = "html-stripped"
    escapes = len(PERCENT_ESCAPE.findall(text))
    if escapes >= 8 and escapes * 3 * 20 >= len(text):  # at least 5 % of the text escaped
        text, m = unquote_mapped(text)  # a scrape saved %-escaped ("Ministry%20of%20Tides")
        source = source.then(m)
        d.warnings.append(f"{doc}: %-escaped text decoded ({escapes} escapes)")
    text, m, glosses = remove_link_glosses(text)  # a hyperlinked mirror's glosses after its linked terms
    if glosses:
        source = source.then(m)
        d.warnings.append(f"{doc}: link glosses removed ({glosses} pieces)")
    text, m, parted = part_glued_links(text)  # a proxy's links glued to the word before ("theCentral Committee")
    if parted:
        source = source.then(m)
        d.warnings.append(f"{doc}: glued link words parted ({parted})")
    text, m, terms = part_glued_terms(text)  # a definition list's terms glued to their definitions
    if terms:
        source = source.then(m)
        d.warnings.append(f"{doc}: bullet terms parted from their glued definitions ({terms})")
    d.raw, d.source_map = raw, source
    d.text = text
    if not text.strip():
        d.layout, d.status = "empty", "empty"
        return d
    d.layout = "html" if tags else detect_layout(text)
    Parser(d).run()
    return d
