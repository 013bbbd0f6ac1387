"""Offices named in other languages: the word "of" of Romance languages and German before the
body a title heads ("Directores del X", "Generalinspekteur der Y"), and a page's title that names
such an office (names.yaml ``foreign_titles``)."""

from __future__ import annotations

import re

from ..lexicon import is_known_title
from .holder_vocab import holder_vocab as _vocab

__all__ = ["FOREIGN_OF", "foreign_office", "is_office_of"]

# "of" in other languages, before the body a foreign title heads ("Directores del X", "Chefs de la Y",
# "Direttori dell'X")
FOREIGN_OF = re.compile(
    r"^(?P<prep>del|de la|de los|de las|de l['’]|de|du|des|da|do|dos|das|der|dell['’]|della|dello|dei|degli|delle|di)"
    r"\s*(?P<body>(?-i:[A-Z]).+)$"
)


def foreign_office(title: str) -> tuple[str, str] | None:
    """``(office, body)`` when ``title`` names an office in another language by a title of
    names.yaml ``foreign_titles`` (in the singular) and the body after its "of"; else ``None``.

    >>> foreign_office("Generalinspekteur der Tidewehr"), foreign_office("Directeur de la Marée")
    (('Inspector General', 'Tidewehr'), ('Director', 'Marée'))
    >>> foreign_office("Director of the Tidewatch") is None
    True
    """
    words = " ".join(title.split()).split(" ")
    for k in (2, 1):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        singular = _vocab()["title_forms"].get(head.casefold())
        m = FOREIGN_OF.match(rest)
        if singular and m and not is_known_title(head):  # ("Director de X": an English title, read as such)
            return str(singular), m.group("body")
    return None


def is_office_of(title: str, body: str) -> bool:
    """Whether a page's title names an office of ``body`` ("Directors-General of Tides", in
    another language "Generalinspekteur der Tidewehr").

    >>> is_office_of("Director of Tides", "Tides"), is_office_of("Generalinspekteur der Tidewehr", "Tidewehr")
    (True, True)
    """
    return title.endswith(" of " + body) or (foreign_office(title) or ("", ""))[1] == body
