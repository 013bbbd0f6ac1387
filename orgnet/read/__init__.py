"""The read stage: source files into :class:`~orgnet.read.document.Document` objects.

Nothing here interprets a document; what it holds is found and kept with its offsets. The
modules, in the order a file goes through them::

    folder.py         which entries of a folder are read, and why each other one is not
    offsets.py        edits of a text that keep a map back to the original positions
    infobox.py        infobox fields in every layout
    officeholders.py  officeholder tables and leader lists: headers, rows, list headings
    mirrors.py        MinHash fingerprints of a document's prose; mirror copies

This package imports none of its modules on import: ``import orgnet.read.offsets`` loads
only what that module needs.
"""
