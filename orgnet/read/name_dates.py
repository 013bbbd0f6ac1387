"""A holder and a term on one line (read stage): "Ada Li, 1 March 1990 to 9 May 1995", "Cy Lo 1990-1995",
"1942–1943: Ada Li", as the lists and tables of officeholders print them."""

from __future__ import annotations

import functools
import re

from .. import vocabulary
from .holder_names import person_name
from .lines import MARKER, first_year

__all__ = ["name_dates", "name_dates_term"]


# an open term in other languages ("agosto 1999 - in carica", "2010 - presente", "depuis 2015 - en fonction")
_OPEN_ABROAD = r"presente|in carica|en funciones|en fonction|actualidad|atualmente|heute|nu"
# (a date in the languages that write "13 de mayo de 1994": the day, "de", the month, "de", the year)
_DATE_TEXT = (
    r"(?:\d{1,2}\s+(?:de\s+)?)?(?:(?:[A-Z][a-z]+\.?|[a-z]+(?=\s+de\s))\s+(?:de\s+)?)?(?:\d{1,2},\s+)?(?:1[6-9]|20)\d\d"
)
# (the name ended by a comma, a semicolon, a colon, or a full stop after a word: "Ada Lind. 13 May 1994 to ...")
_NAME_DATES = re.compile(
    r"^(?P<name>[^,;:()\d]{3,60}?)(?:\s*\([^()\d]{1,12}\))?(?:[,;:]|(?<=[a-z]{2})\.)\s*(?:acting,?\s+)?(?:[Ff]rom\s+)?"
    r"(?P<a>" + _DATE_TEXT + r")\s*(?:(?:to|until|al|hasta|–|—|-)\s*"
    r"(?:(?P<b>" + _DATE_TEXT + r"|\d\d)|(?P<open>present|incumbent|now|))?)?\s*[.,]?(?:\s.*)?$"
)  # ("Ada Li; From May 1990 to August 1999,", "Bo Wu (RA); From September 2019 until now.", "Cy Lo (罗): acting,
# March 1964 - May 1964")


@functools.lru_cache(maxsize=1)
def _name_then_dates() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """:data:`_NAME_DATES` without the comma ("Ada Li 1984-1991", "Bo Wu March 1995"): only a month
    may stand between the name and the year; the name the shortest, then the longest (a month
    that is a first name: "August Lind 1998-2005"). Last, the term first: "1942–1943: Ada Li",
    "1985 – Bo Wu", "1942–1943Ülo Li" (glued), "1990–present Cy Lo (acting)" (a note in parentheses after the name)."""
    month = "|".join(vocabulary.names()["months"])
    date = r"(?:\d{1,2}\s+)?(?:(?:" + month + r")\.?\s+)?(?:\d{1,2},\s+)?(?:1[6-9]|20)\d\d"
    term = (
        r"\s*(?:(?:to|until|bis|–|—|-)\s*(?:(?P<b>"
        + date
        + r"|\d\d)|(?P<open>present|incumbent|(?i:till|to)[- ]?date|(?i:date)|"
        + _OPEN_ABROAD
        + r"|))?)?"  # ("2010 to date")
    )
    # (a note after the term: "2007–2009 (September, 2009)"; a mark after the name: "Ada Lind (Rtd) 1990–1993")
    tail = r")" + term + r"(?:\s*\([^()]{1,40}\))?\s*\.?$"
    mark = r"(?:\s*\([A-Za-z. ]{2,12}\))?"
    since = r"(?:(?:von|ab|seit|from|since)\s+)?"  # ("Bo Wu von 1990 bis 1998", "Cy Lo ab Februar 1999")
    return (
        re.compile(r"^(?P<name>[^,()\d]{3,60}?)" + mark + r"\s+" + since + r"(?P<a>" + date + tail),
        re.compile(r"^(?P<name>[^,()\d]{3,60})" + mark + r"\s+" + since + r"(?P<a>" + date + tail),
        re.compile(
            r"^(?:(?:[Ss]ince|[Ff]rom|[Ss]eit(?: dem)?|[Dd]esde(?: el)?|[Dd]epuis(?: le)?)\s+)?(?P<a>"
            + date
            + r")"
            + term
            + r"(?:\s*[:,–—-]?\s+|(?<=\d)(?=[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]))(?:\[\[(?:[^\[\]|]*\|)?)?"
            r"(?P<name>[^,()\d:\[\]|]{3,60}?)"
            r"(?:\]\])?\s*(?:\([^()]*\))?\s*(?:\.?$|\s(?-i:(?:he|she|they|who|was|is|had|has|until|from)\b).*$"
            r"|(?<=[a-z])\s(?=[A-Z][a-z]+(?: [a-z]+){1,4}$).*$)"  # (a heading glued to the list's last line)
        ),
    )


def name_dates(text: str, term_first: bool = False) -> re.Match | None:
    """A holder and a term: "Ada Li, 1 March 1990 to 9 May 1995", "Bo Wu CM, 1988-92", "Cy Lo 1990-1995";
    with ``term_first`` (a list's item, not a table's row), the term may come first: "1942–1943: Ada Li".

    >>> name_dates("Cy Lo 1990-1995").group("name", "a", "b"), name_dates("Cy Lo March 1995").group("name", "a")
    (('Cy Lo', '1990', '1995'), ('Cy Lo', 'March 1995'))
    >>> name_dates("Dr August Lind 1998-2005").group("name")
    'Dr August Lind'
    >>> name_dates("1942–1943: Ada Li", True).group("name", "a", "b")
    ('Ada Li', '1942', '1943')
    >>> name_dates("1985: Bo Wu (acting)", True).group("name", "a")
    ('Bo Wu', '1985')
    >>> name_dates("1990–1995: [[Cy Lo (sailor)|Cy Lo]]", True).group("name")  # a wiki link: its text
    'Cy Lo'
    >>> name_dates("since 2000Cy Lo Duties and powers", True).group("name")  # the next heading glued on
    'Cy Lo'
    >>> name_dates("Since 4 January 2017 - Cy Lo", True).group("name", "a")
    ('Cy Lo', '4 January 2017')
    >>> name_dates("Cy Lo (罗): acting, March 1964 - May 1964").group("name", "a", "b")
    ('Cy Lo', 'March 1964', 'May 1964')
    >>> name_dates("Bo bin Ada Al Lind[who?] 1960").group("name").strip()
    'Bo bin Ada Al Lind'
    >>> name_dates("Ada Lind. 13 de mayo de 1994 al 3 de diciembre de 1995.").group("name", "a", "b")
    ('Ada Lind', '13 de mayo de 1994', '3 de diciembre de 1995')
    >>> name_dates("Ada M. Morn 1990-1995").group("name")
    'Ada M. Morn'
    >>> name_dates("Bo Lind von 1990 bis 1998").group("name", "a", "b"), name_dates("Cy Lo ab Februar 1999").group("a")
    (('Bo Lind', '1990', '1998'), 'Februar 1999')

    """
    text = MARKER.sub(lambda k: " " * len(k.group()), text)  # "Ada Al Morn[who?] 1960": a note glued to the name
    m = _NAME_DATES.match(text)
    if m:
        return m
    for rx in _name_then_dates()[: 3 if term_first else 2]:
        m = rx.match(text)
        if m and person_name(m.group("name").strip(), 0) is not None:
            return m
    return None


def name_dates_term(nd: re.Match) -> tuple[int | None, int | None]:
    """Start and end years of a :data:`_NAME_DATES` match ("1984-87" ends in 1987).

    >>> name_dates_term(_NAME_DATES.match("Bo Wu, 1988-92")), name_dates_term(_NAME_DATES.match("Cy Lo, 1998-03"))
    ((1988, 1992), (1998, 2003))
    """
    y0, b = first_year(nd.group("a")), (nd.group("b") or "").strip()
    y1 = first_year(b)
    if y1 is None and y0 and re.fullmatch(r"\d\d", b):
        y1 = y0 // 100 * 100 + int(b)
        y1 += 100 if y1 < y0 else 0
    return y0, y1
