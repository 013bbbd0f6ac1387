"""The read stage: source files into :class:`~orgnet.read.model.Document` objects.

Nothing here interprets a document; what it holds is found and kept with its offsets. The
modules, in the order a file goes through them::

    folder.py         which entries of a folder are read, and why each other one is not
    document.py       the entry points: read_document, document_from_bytes, parse_text, summarize
    decode.py         bytes to text: encodings, normalization, HTML, scripts and styles taken out
    offsets.py        edits of a text that keep a map back to the original positions
    layout.py         which layout a text is in (dash infobox, mirror scrape, prose, ...)
    parse.py          the parser: one pass over the lines, placing each line somewhere
    parse_state.py    the state of that pass, and prose into sentences
    parse_title.py    its rules for the title and the caption
    languages.py      what language a page and a name are written in (English or not, sentence case)
    parse_holders.py  its rules for leader lists, officeholder tables, succession boxes
    lines.py          what one line is: markers, headings, furniture, names with terms, sentences
    infobox.py        infobox fields in every layout
    officeholders.py  officeholder table headers and rows, leader list headings
    model.py          the document model: Document, Sentence, Office, ... and DocumentSummary
    mirrors.py        MinHash fingerprints of a document's prose; mirror copies

This package imports none of its modules on import: ``import orgnet.read.offsets`` loads
only what that module needs.
"""
