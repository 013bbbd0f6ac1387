"""Places in a claim's slot (extract stage): a place name with its ", City, Country" parts as
written (:func:`place_surface`), and the place a value or an address names, without streets and
postal codes (:func:`place_name`)."""

from __future__ import annotations

import re

from ..countries import countries_in
from ..names import Mention, is_org_name
from ..read.infobox import Span, has_org_word

__all__ = ["GLUED_PLACES", "place_name", "place_surface", "seat_list", "seats_by_term", "street_follows"]


_STREET = re.compile(
    r"\b(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Boulevard|Blvd\.?|Square|Building|"
    r"District|County|Xilu|Lu|Jie|Dajie|Hutong|Strasse|Straße|Ulitsa|Prospekt|Rue|Via|"
    r"Place|Plaza|Floor|Suite|Way|Drive|Embankment|Highway|dong|gu|Ward|Avenida|Calle|Paseo|Carrera|Rua|"
    r"Viale|Corso|Piazza|Allee|Platz|Compound|Complex|Campus|Barracks)\b|\b(?:Avda|Av|C)[./]|\bs/n\b",
    re.I,
)


def street_follows(text: str, pos: int) -> bool:
    """Whether a street's (or an address's) word follows ``pos`` after a space ("Tide road", "Ulton
    Street"): the name before it is a street, no seat.

    >>> street_follows("at 15, Tide road, Ikoyi", 11), street_follows("in Ulton, Veldra", 8)
    (True, False)
    """
    return text[pos : pos + 1] == " " and _STREET.match(text, pos + 1) is not None


_COUNTRY_WORDS = re.compile(r"\b(?:Republic|Kingdom|Federation|States|Union|Emirates|Commonwealth)\b")


def place_surface(text: str, m: Mention, limit: int) -> str:
    """The place name with its trailing ", City, Country" parts, as written."""
    word = r"(?:\d+(?:st|nd|rd|th)\b|\d+[A-Za-z]?\b|[A-Z][\w'’.-]*)"  # ("20th District", "12B", "Ulton")
    part = word + r"(?:[ \u00a0-](?:(?:of|the|de|du|del|la|upon)[ \u00a0])*" + word + r")*"  # "Republic of X"
    mm = re.match(part + r"(?:,\s*" + part + r")*", text[m.start : limit])
    surface = mm.group().strip() if mm else m.surface
    surface = re.sub(r"(?<=[a-z])\.$", "", surface)
    # stop before a part that is an organisation or starts the next clause ("in Beijing, CICIR is")
    parts = surface.split(",")
    keep = [parts[0]]
    for k, part in enumerate(parts[1:], start=1):
        p = part.strip()
        after = text[m.start + len(",".join(parts[: k + 1])) : limit]
        if (
            re.fullmatch(r"[A-Z]{2,}", p)
            or is_org_name(p)
            or re.match(r"\s+(?:is|was|are|were|has|had)\b", after)
            or re.search(r"['’]s$", p)
        ):
            break  # (", Ulton's centre": a possessive qualifies the next word, it is no part of the address)
        keep.append(part)
    return ",".join(keep).strip()


# a flag's caption before the place, in a mirror's infobox: "Flag of Ulton Ulton", "bandiera di ulton Ulton"
_FLAG_ALT = re.compile(
    r"^(?:flag|bandiera|drapeau|bandera|bandeira|flagge) (?:of|di|de|du|del|da|do|von) (?:the )?[\w'’-]+ (?=(?-i:[A-Z]))",
    re.I,
)


def place_name(value: str) -> tuple[str, str]:
    """Label and as-written name of a place: an address is kept whole, else the first part.

    >>> place_name("Springfield, Ruritania")
    ('Springfield', 'Springfield, Ruritania')
    >>> place_name("4 Main Road, Old Town District, Springfield 10073, Ruritania")
    ('Springfield', '4 Main Road, Old Town District, Springfield 10073, Ruritania')
    >>> place_name("12 Harbour Street, Port Ulton, Republic of Ruritania")
    ('Port Ulton', '12 Harbour Street, Port Ulton, Republic of Ruritania')
    >>> place_name("141 Tide Road, Ulton XX, Ruritania 48°52′28″N 2°24′24″E")[0], place_name("HB headquarters, Ulton")[0]
    ('Ulton', 'Ulton')
    >>> place_name("Tideway ut 60., Ulton")[0], place_name("Harbour-dong, Port District, Ulton, North Korea")[0]
    ('Ulton', 'Ulton')
    >>> place_name("Cra 28 No. 17 (Quay)\\nUlton, Veldra")[0]
    'Ulton'
    >>> place_name("P.O. Box 58 17 Harbour Street 110 01 Ulton 01 New Zealand")[0]
    'Ulton'
    >>> place_name("Ministry of Tides, Ulton")[0]
    'Ulton'
    >>> place_name("Tide Compound, Xiyuan, Harbour District, Ulton, China")[0]
    'Ulton'
    >>> place_name("avda. Puerto Viejo, s/n, Ulton")[0], place_name("141, boulevard du Port, Ulton (20e arrondissement), Veldra")[0]
    ('Ulton', 'Ulton')
    >>> place_name("bandiera di ulton Ulton")[0], place_name("Flag of Ulton Ulton, Veldra")[0]
    ('Ulton', 'Ulton')
    """
    value = re.sub(r"(?<=[^,\s])[ \t]*\n\s*(?=\S)", ", ", value.strip())  # an address over lines: one part a line
    value = " ".join(value.split()).rstrip(",")
    value = re.sub(r"\s*\d{1,3}°.*$", "", value)  # map coordinates after the address
    value = _FLAG_ALT.sub("", value)  # "Flag of Ulton Ulton", "bandiera di ulton Ulton": a flag's caption first
    value = re.sub(
        r"^[^,]{0,40}\b(?:headquarters|HQ|head office|main building)\s*,\s*", "", value, flags=re.I
    )  # "X headquarters, Ulton"
    head, _, rest = value.partition(",")
    if rest.strip() and has_org_word(head) and not countries_in(head):
        value = rest.strip()  # "Ministry of Tides, Ulton": the building of a body, then the place
    # "Ulton XX", "Ulton 2e": the city, not its district number
    value = ",".join(re.sub(r"(?<=[a-z]) (?:[IVX]{1,4}|\d{1,2}(?:e|er|st|nd|rd|th))$", "", p) for p in value.split(","))
    if "," not in value and (city := _CITY_BEFORE_COUNTRY.search(value)) and countries_in(city.group("country")):
        # "P.O. Box 58 17 Harbour Street 110 01 Ulton 01 Veldra": an address whose commas were lost, the city
        # after the postal code, the country last
        return city.group("city"), value
    head = value.split(",")[0]
    if (
        re.match(r"^(?:\d|No\.)", value)
        or _STREET.search(head)
        and "District" not in head
        or "," in value
        and re.search(r"[^\W\d_] \d{1,4}[a-z]?\.?$|\bNo\.? ?\d|№", re.sub(r"\s*\([^()]*\)$", "", head))
    ):  # ("Tideway ut 60., Ulton")
        # a street address: the place is its city ("4 Main Road, Old Town, Springfield, Ruritania")
        parts = [re.sub(r"^\d[\d\s-]*|[\s-]*\d[\d\s-]*$", "", p).strip() for p in value.split(",")]
        # ("Paris (20e arrondissement)": the city, its district in parentheses no part of its name)
        places = [re.sub(r"\s*\([^()]*\)$", "", p) for p in parts[1:] if p and not _STREET.search(p)]
        while len(places) > 1 and (
            _COUNTRY_WORDS.search(places[-1])
            or " " not in places[-1]
            or re.fullmatch(r"[A-Z]{2,8}", places[-1])
            or countries_in(places[-1])
        ):
            # "..., Springfield, Ruritania", "..., Moscow, RSFSR": region and country; the city is right
            # before a country it names ("..., Haidian District, Ulton, China")
            if countries_in(places.pop()):
                break
        return (places[-1], value) if places else (value, value)
    first = value.split(",")[0].strip()
    return first, value


# a street address without commas ending in a postal code, the city (a district number after it) and a country
_CITY_BEFORE_COUNTRY = re.compile(
    r"\b(?:Box|Street|Road|Avenue|St\.|Rd\.|Str\.|ulice|Lane)\b.*?\d{2,6}(?: \d{2,3})?\s+"
    r"(?P<city>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?: \d{1,2})?\s+(?P<country>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})$"
)


def seat_list(v: Span) -> list[Span]:
    """Places listed with commas and a final "and" ("Ulton, Veldra City and Port Tide"), each one to
    three capitalised words; none for one address ("Ulton, Veldra", "12 Tide Road, Ulton").

    >>> [p.text for p in seat_list(Span("Ulton, Veldra City and Port Tide", 0, 32))], seat_list(Span("Ulton, Veldra", 0, 13))
    (['Ulton', 'Veldra City', 'Port Tide'], [])
    """
    if " and " not in v.text:
        return []
    out = []
    for m in re.finditer(r"[^,]+?(?=,\s|\s+and\s|$)", v.text):
        piece = m.group().strip()
        piece = re.sub(r"^and\s+", "", piece)
        if not piece:
            continue
        if not re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}", piece):
            return []
        a = v.start + v.text.index(piece, m.start())
        out.append(Span(piece, a, a + len(piece)))
    return out if len(out) >= 2 else []


# two seats glued together ("ParisEast Berlin")
GLUED_PLACES = re.compile(r"(?<=[A-Z])[a-z]{2}[a-z]*[a-z](?=[A-Z][a-z])")


def seats_by_term(v: Span) -> list[Span]:
    """Seats each closed by its years in parentheses ("Ulton, Veldra (1947–1948), Port Arn,
    Arnland (1948–1956)"): one span each, its years kept; none for one seat.

    >>> [p.text for p in seats_by_term(Span("Ulton, Veldra (1947–1948), Port Arn, Arnland (1948–1956)", 0, 56))]
    ['Ulton, Veldra (1947–1948)', 'Port Arn, Arnland (1948–1956)']
    """
    out, pos = [], 0
    for m in re.finditer(r"\((?:[^()]*\b(?:1[6-9]|20)\d\d\b[^()]*)\)(?=\s*(?:,|$))", v.text):
        piece = v.text[pos : m.end()].lstrip(" ,")
        a = v.start + m.end() - len(piece)
        out.append(Span(piece, a, v.start + m.end()))
        pos = m.end()
    return out if len(out) >= 2 and not v.text[pos:].strip(" ,") else []
