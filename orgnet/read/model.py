"""The document model (read stage): what a scraped article holds, as dataclasses.

A :class:`Document` is made by :func:`orgnet.read.document.parse_text`; a
:class:`DocumentSummary` is what the tables and the parse cache keep of one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .infobox import (
    Field,
    Span,
)
from .offsets import OffsetMap

__all__ = ["Sentence", "ListItem", "Office", "Entry", "Blurb", "Document", "DocumentSummary"]


@dataclass
class Sentence:
    """A sentence: ``text == document.text[start:end]``; ``clean`` is the same length
    with footnote markers blanked; ``refs`` are the reference numbers cited by it."""

    start: int
    end: int
    text: str
    clean: str
    section: str
    refs: tuple[int, ...] = ()
    topic: str = ""  # the unit a bullet names, when the sentence is that bullet's ("Succeeded by X.")


@dataclass
class ListItem:
    """An entry of a leader list or an officeholder table row: ``Name (Month YYYY – Month YYYY)``,
    ``Name (Title)``, ``Name | 1990 | 1995 |``. ``body`` is the organisation the list's heading
    names (``Directors of the Bureau of X``), empty when the list is about the page's subject."""

    name: Span
    title: str
    start_year: int | None
    end_year: int | None
    present: bool
    section: str
    start: int
    end: int
    line: int
    body: str = ""
    party: str = ""  # the holder's party, when a table gives it in a column of its own


@dataclass
class Office:
    """An office a person page's infobox says its subject held, with the term
    (``post`` may span two lines: "Minister of Tides of Ruritania")."""

    post: str
    start_year: int | None
    end_year: int | None
    present: bool
    start: int
    end: int
    line: int


@dataclass
class Entry:
    """A bullet that names a body (``• Institute of Tidal Studies``), with the heading above it."""

    name: Span
    section: str
    line: int
    parent: str = ""  # the body of the bullet it is indented under ("• 6th Directorate" / "    • 1st Department")
    parent_words: str = ""  # what that bullet says its list holds ("• Tide League. Its members are:")
    place: str = ""  # the country a "Country - Name (ABBR)" bullet lists the body under
    abbr: str = ""  # the abbreviation in parentheses after the name, as the page prints it
    native: str = ""  # the name in its own script after it ("• Tide Office 潮汐办公室")
    item: Span | None = None  # the whole bullet as the page has it, when it holds more than the name
    head: Span | None = None  # the person heading the unit, in parentheses after it ("• Terrorism (Ada Lind),")


@dataclass
class Blurb:
    """A "Related Research Articles" entry: a small document about another subject."""

    title: Span | None
    description: Span | None
    start: int
    end: int
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class Document:
    """One source file, read and split into its parts (see the module docstring)."""

    doc: str
    text: str = ""
    clean: str = ""  # text with footnote markers blanked (same length, same offsets)
    raw: str = ""  # the file as decoded (a BOM dropped): what claims' char_start/char_end count
    source_map: OffsetMap = field(default_factory=OffsetMap)  # positions of text -> positions of raw
    path: str = ""
    layout: str = "prose"
    title: str = ""
    title_span: Span | None = None
    fields: list[Field] = field(default_factory=list)
    sections: list[tuple[str, int, int]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    references: dict[int, str] = field(default_factory=dict)
    lists: list[ListItem] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    related: list[Blurb] = field(default_factory=list)
    see_also: list[Span] = field(default_factory=list)
    native_names: list[Span] = field(default_factory=list)
    caption: Span | None = None  # a table's one-cell first row (``| Bureau of Tides | |`` over ``|---|``)
    unparsed: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    status: str = "ok"
    encoding: str = "utf-8"
    sha256: str = ""  # of the file's bytes as read (empty when the file could not be read)


@dataclass(slots=True)
class DocumentSummary:
    """What the tables need of a document once its claims are extracted: counts, status,
    warnings, unparsed lines and the reference list (for citations), without the text.

    A parse worker and the parse cache pass these instead of whole documents, which
    keeps a large build's memory to the claims.
    """

    doc: str
    path: str = ""
    layout: str = "prose"
    title: str = ""
    chars: int = 0
    n_sentences: int = 0
    n_fields: int = 0
    references: dict[int, str] = field(default_factory=dict)
    unparsed: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    status: str = "ok"
    encoding: str = "utf-8"
    fingerprint: bytes = b""  # MinHash of the prose, to find mirror copies (orgnet.read.mirrors)
    sha256: str = ""  # of the file's bytes as read
    # the number of references when a build keeps the list itself on disk until the tables need it
    # (``references`` is then empty); None: the references are those above
    n_references: int | None = None

    def reference_count(self) -> int:
        """How many references the document lists (see ``n_references``).

        >>> DocumentSummary("a.txt", references={1: "A book"}).reference_count()
        1
        >>> DocumentSummary("a.txt", n_references=3).reference_count()
        3
        """
        return len(self.references) if self.n_references is None else self.n_references
