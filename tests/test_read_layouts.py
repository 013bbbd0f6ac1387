"""Reader tests, one group per layout, on small invented snippets.

Every organisation, person and place here is fictional. Each group checks what the read
stage must find in that layout: the layout name, the title, infobox field keys and values,
sections, sentences with exact offsets, footnote numbers (and that markers are blanked in
``clean``), the numbered references, leader lists, related-article blurbs and the lines the
reader could not place.
"""

from __future__ import annotations

import pytest

import orgnet
from orgnet.read.model import Document, ListItem, Sentence

# ----------------------------------------------------------------------------- helpers


def parse(text: str) -> Document:
    return orgnet.parse_text(text, "x.txt")


def check_offsets(d: Document) -> None:
    """Every span the reader reports is a slice of the document text."""
    for s in d.sentences + [s for b in d.related for s in b.sentences]:
        assert d.text[s.start : s.end] == s.text, (s.start, s.end, s.text)
        assert len(s.clean) == len(s.text)
    for f in d.fields:
        for v in f.values:
            assert d.text[v.start : v.end] == v.text, (f.key, v)
    for it in d.lists:
        assert d.text[it.name.start : it.name.end] == it.name.text
    for b in d.related:
        if b.title:
            assert d.text[b.title.start : b.title.end] == b.title.text
        if b.description:
            assert d.text[b.description.start : b.description.end] == b.description.text
    if d.title_span:
        assert d.text[d.title_span.start : d.title_span.end] == d.title_span.text
    assert len(d.clean) == len(d.text)


def fields(d: Document) -> dict[str, list[str]]:
    """key (numbered keys as 'Key#n') -> value texts, in document order."""
    out: dict[str, list[str]] = {}
    for f in d.fields:
        k = f.key if f.number == 1 else f"{f.key}#{f.number}"
        out.setdefault(k, []).extend(v.text for v in f.values)
    return out


def section_titles(d: Document) -> list[str]:
    return [t for t, _, _ in d.sections]


def sentence(d: Document, startswith: str) -> Sentence:
    hits = [s for s in d.sentences if s.text.startswith(startswith)]
    assert hits, f"no sentence starts with {startswith!r}; sentences: {[s.text for s in d.sentences]}"
    return hits[0]


def unparsed_texts(d: Document) -> list[str]:
    return [t for _, t in d.unparsed]


def list_item(d: Document, name: str) -> ListItem:
    hits = [it for it in d.lists if it.name.text == name]
    assert hits, f"no list item {name!r}; lists: {[(it.name.text, it.title) for it in d.lists]}"
    return hits[0]


# ----------------------------------------------------------------------------- dash-infobox

DASH = """= Bureau of Lighthouse Affairs =

Bureau of Lighthouse Affairs
- Abbreviation: BLA
- Headquarters: Port Amara, Amara
- Parent organization: Ministry of Coastal Affairs
- Affiliations: Amaran Workers' Party
- Leader Title2: President
- Leader Name2: Li Wenbo

The Bureau of Lighthouse Affairs (BLA) is a state agency of Amara.[1] It was founded in 1955.[2][3]

==History==

In 1983, the bureau was placed under the Ministry of Coastal Affairs. It moved to Port Amara in 1990.

== Directors ==
- Chen Haolan (March 1990 – April 1993)
- Ma Xiuying (unknown – unknown)
- Xu Kaiming (2019 – present)

== See also ==
- Harbour Pilots Guild
"""


@pytest.fixture(scope="module")
def dash() -> Document:
    return parse(DASH)


def test_dash_spans_are_exact_slices(dash):
    check_offsets(dash)


def test_dash_layout_and_title(dash):
    assert dash.layout == "dash-infobox"
    assert dash.title == "Bureau of Lighthouse Affairs"


def test_dash_fields(dash):
    f = fields(dash)
    assert f["Abbreviation"] == ["BLA"]
    assert f["Headquarters"] == ["Port Amara, Amara"]
    assert f["Parent organization"] == ["Ministry of Coastal Affairs"]
    assert f["Affiliations"] == ["Amaran Workers' Party"]
    assert f["Leader Title#2"] == ["President"]
    assert f["Leader Name#2"] == ["Li Wenbo"]
    raw = {x.raw_key for x in dash.fields}
    assert "Leader Name2" in raw


def test_dash_sections(dash):
    assert section_titles(dash) == ["History", "Directors", "See also"]
    hist = sentence(dash, "In 1983")
    assert hist.section == "History"
    assert sentence(dash, "The Bureau of Lighthouse Affairs").section == ""


def test_dash_sentences_and_refs(dash):
    texts = [s.text for s in dash.sentences]
    assert texts == [
        "The Bureau of Lighthouse Affairs (BLA) is a state agency of Amara.[1]",
        "It was founded in 1955.[2][3]",
        "In 1983, the bureau was placed under the Ministry of Coastal Affairs.",
        "It moved to Port Amara in 1990.",
    ]
    s1, s2 = dash.sentences[:2]
    assert s1.refs == (1,)
    assert s2.refs == (2, 3)
    assert "[" not in s1.clean and "[" not in s2.clean
    assert s2.clean.rstrip() == "It was founded in 1955."


def test_dash_directors_list(dash):
    a = list_item(dash, "Chen Haolan")
    assert (a.start_year, a.end_year, a.present, a.title) == (1990, 1993, False, "Director")
    b = list_item(dash, "Ma Xiuying")
    assert (b.start_year, b.end_year, b.present) == (None, None, False)
    c = list_item(dash, "Xu Kaiming")
    assert (c.start_year, c.end_year, c.present) == (2019, None, True)
    assert [it.name.text for it in dash.lists] == ["Chen Haolan", "Ma Xiuying", "Xu Kaiming"]


def test_dash_see_also_and_nothing_unparsed(dash):
    assert [s.text for s in dash.see_also] == ["Harbour Pilots Guild"]
    assert dash.unparsed == []


# ----------------------------------------------------------------------------- profile-page

PROFILE = """Harbour Watch Foundation (HWF)

The Harbour Watch Foundation (HWF) is a think tank based in Port Amara, Amara.
Harbour Watch Foundation (HWF)
Leadership team

Li Wenbo\u00a0(President)
Ma Xiuying\u00a0(Vice President)

Port Amara, Amara
Region served
Year stablished
1994

The Harbour Watch Foundation (HWF) was founded in 1994 in Port Amara. It studies maritime law and coastal trade.

Goals and Purpose

- Advising the government: HWF gives the Amaran government research and advice on maritime law.
"""


@pytest.fixture(scope="module")
def profile() -> Document:
    return parse(PROFILE)


def test_profile_spans_are_exact_slices(profile):
    check_offsets(profile)


def test_profile_layout_and_title(profile):
    assert profile.layout == "profile-page"
    assert profile.title == "Harbour Watch Foundation (HWF)"


def test_profile_leadership_team(profile):
    a = list_item(profile, "Li Wenbo")
    b = list_item(profile, "Ma Xiuying")
    assert a.title == "President"
    assert b.title == "Vice President"
    assert "Leadership team" in section_titles(profile)


def test_profile_year_stablished_typo_is_the_founding_field(profile):
    f = [x for x in profile.fields if x.raw_key == "Year stablished"]
    assert f, f"fields: {[(x.key, x.raw_key) for x in profile.fields]}"
    assert f[0].key == "Year established"
    assert f[0].role == "founded"
    assert [v.text for v in f[0].values] == ["1994"]


def test_profile_sentences(profile):
    texts = [s.text for s in profile.sentences]
    assert texts.count("The Harbour Watch Foundation (HWF) is a think tank based in Port Amara, Amara.") == 1
    assert "The Harbour Watch Foundation (HWF) was founded in 1994 in Port Amara." in texts
    assert "It studies maritime law and coastal trade." in texts
    # the label of a goals bullet is not part of the sentence
    assert "HWF gives the Amaran government research and advice on maritime law." in texts
    # headings, names and the title are not sentences
    for s in texts:
        assert not s.startswith(("Leadership team", "Li Wenbo", "Region served", "Goals and Purpose"))
    assert "Goals and Purpose" in section_titles(profile)


def test_profile_nothing_silently_dropped(profile):
    # every non-blank line is a title, field, list entry, heading, sentence or reported as unparsed
    placed = set()
    for s in profile.sentences:
        placed.add(profile.text.count("\n", 0, s.start))
    for f in profile.fields:
        placed.add(profile.text.count("\n", 0, f.start))
    for it in profile.lists:
        placed.add(profile.text.count("\n", 0, it.start))
    for _, a, _ in profile.sections:
        placed.add(profile.text.count("\n", 0, a))
    placed |= {n - 1 for n, _ in profile.unparsed}
    lines = profile.text.split("\n")
    title_repeats = {i for i, ln in enumerate(lines) if ln.strip() == profile.title}
    missing = [
        ln
        for i, ln in enumerate(lines)
        if ln.strip()
        and i not in placed | title_repeats
        and not any(
            f.values and any(profile.text.count("\n", 0, v.start) == i for v in f.values) for f in profile.fields
        )
    ]
    assert missing == [], f"lines neither placed nor reported: {missing}"


# ----------------------------------------------------------------------------- glued-infobox

GLUED = """Office of Harbour Liaison
AbbreviationOHL (港联办)
Formation1984; 40\u00a0years ago\u00a0(1984)
LeaderLi Wenbo
Deputy directors
Chen Haolan, Ma Xiuying
Parent organization
Ministry of Coastal Affairs
SubsidiariesHarbour Pilots Institute
Lighthouse Heritage Foundation
Port Culture Society
AffiliationsAmaran Workers' Party Edit this at Wikidata

Coordinates: 12°03′N 45°02′E

The Office of Harbour Liaison (OHL) is an agency of the Ministry of Coastal Affairs.[1][2] It was set up in 1984.[3]

History edit

In 1990, the office was placed under the State Council of Amara.[2]

References edit

  1. ^ a b Castell, Owen (2010). Ports and Spies. Seaward Press. p. 4.
  2. ^ Reyes, Tomas (2016). "Liaison work". Harbour Policy Watch.
  3. ^ Holt, Miriam (2016). The Fraternal Line. Seaward Press.
"""


@pytest.fixture(scope="module")
def glued() -> Document:
    return parse(GLUED)


def test_glued_spans_are_exact_slices(glued):
    check_offsets(glued)


def test_glued_layout_and_title(glued):
    assert glued.layout == "glued-infobox"
    assert glued.title == "Office of Harbour Liaison"


def test_glued_key_glued_to_value(glued):
    f = fields(glued)
    assert f["Abbreviation"] == ["OHL (港联办)"]
    assert f["Formation"] == ["1984; 40\u00a0years ago\u00a0(1984)"]
    assert f["Leader"] == ["Li Wenbo"]


def test_glued_key_alone_then_value_on_next_line(glued):
    f = fields(glued)
    assert f["Deputy directors"] == ["Chen Haolan, Ma Xiuying"]
    assert f["Parent organization"] == ["Ministry of Coastal Affairs"]


def test_glued_subsidiaries_continuation_lines(glued):
    assert fields(glued)["Subsidiaries"] == [
        "Harbour Pilots Institute",
        "Lighthouse Heritage Foundation",
        "Port Culture Society",
    ]


def test_glued_edit_this_at_wikidata_removed(glued):
    assert fields(glued)["Affiliations"] == ["Amaran Workers' Party"]
    for f in glued.fields:
        for v in f.values:
            assert "Wikidata" not in v.text


def test_glued_sentences_refs_and_markers(glued):
    s1 = sentence(glued, "The Office of Harbour Liaison")
    assert s1.text == "The Office of Harbour Liaison (OHL) is an agency of the Ministry of Coastal Affairs.[1][2]"
    assert s1.refs == (1, 2)
    assert "[1]" not in s1.clean and "[2]" not in s1.clean
    s2 = sentence(glued, "It was set up")
    assert s2.refs == (3,)
    s3 = sentence(glued, "In 1990")
    assert s3.refs == (2,)
    assert s3.section == "History"


def test_glued_edit_headings_and_references(glued):
    assert section_titles(glued) == ["History", "References"]
    assert glued.references == {
        1: "Castell, Owen (2010). Ports and Spies. Seaward Press. p. 4.",
        2: 'Reyes, Tomas (2016). "Liaison work". Harbour Policy Watch.',
        3: "Holt, Miriam (2016). The Fraternal Line. Seaward Press.",
    }


def test_glued_unplaceable_line_is_reported(glued):
    assert "Coordinates: 12°03′N 45°02′E" in unparsed_texts(glued)
    assert all(not t.startswith(("Castell", "Reyes", "Holt")) for t in unparsed_texts(glued))


# ----------------------------------------------------------------------------- mirror-scrape

MIRROR = """Ministry of Coastal Affairs

Last updated
Ministry of Coastal Affairs
Abbreviation MCA
Formation 1950
Headquarters Port Amara
Leader Li Wenbo
Parent organization
State Council of Amara

The Ministry of Coastal Affairs (MCA) is a ministry of the State Council of Amara. [1] It runs the national ports. [2] [3]

Contents

History

The ministry was founded in 1950. [4] :100–101 It was reorganised in 1984. [2]

Related Research Articles

<span class="mw-page-title-main">Harbour Pilots Institute</span> Amaran training school

The Harbour Pilots Institute is a school in Port Amara. It is run by the Ministry of Coastal Affairs.

The Lighthouse Heritage Foundation is a charity founded in 1990. It restores old lighthouses.

<span class="mw-page-title-main">Port Culture Society</span> Amaran cultural association

The Port Culture Society is an association in Port Amara.

References

  1. 1 2 Castell, Owen (2010). Ports and Spies. Seaward Press.
  2. Reyes, Tomas (2016). "Ports". Harbour Policy Watch.
  3. Holt, Miriam (2016). The Fraternal Line.
  4. Marlow, Ines (2018). Friendly Doors.
"""


@pytest.fixture(scope="module")
def mirror() -> Document:
    return parse(MIRROR)


def test_mirror_spans_are_exact_slices(mirror):
    check_offsets(mirror)


def test_mirror_layout_and_title(mirror):
    assert mirror.layout == "mirror-scrape"
    assert mirror.title == "Ministry of Coastal Affairs"


def test_mirror_key_value_with_one_space(mirror):
    f = fields(mirror)
    assert f["Abbreviation"] == ["MCA"]
    assert f["Formation"] == ["1950"]
    assert f["Headquarters"] == ["Port Amara"]
    assert f["Leader"] == ["Li Wenbo"]
    assert f["Parent organization"] == ["State Council of Amara"]


def test_mirror_last_updated_contents_and_bare_headings(mirror):
    titles = section_titles(mirror)
    assert "History" in titles and "Related Research Articles" in titles and "References" in titles
    assert "Last updated" not in titles
    assert "Last updated" not in unparsed_texts(mirror)
    assert all("Last updated" not in s.text and "Contents" != s.text for s in mirror.sentences)


def test_mirror_spaced_markers_and_page_refs(mirror):
    s1 = sentence(mirror, "The Ministry of Coastal Affairs (MCA)")
    assert s1.refs == (1,)
    s2 = sentence(mirror, "It runs")
    assert s2.refs == (2, 3)
    assert "[2]" not in s2.clean and "[3]" not in s2.clean
    s3 = sentence(mirror, "The ministry was founded")
    assert s3.section == "History"
    assert s3.refs == (4,)
    assert "[4]" not in s3.clean and ":100" not in s3.clean and "101" not in s3.clean
    s4 = sentence(mirror, "It was reorganised")
    assert s4.refs == (2,)
    assert s4.text.startswith("It was reorganised in 1984.")


def test_mirror_related_blurbs(mirror):
    rel = mirror.related
    assert len(rel) == 3, [(b.title.text if b.title else None, [s.text for s in b.sentences]) for b in rel]
    b1, b2, b3 = rel
    assert b1.title.text == "Harbour Pilots Institute"
    assert b1.description.text == "Amaran training school"
    assert [s.text for s in b1.sentences] == [
        "The Harbour Pilots Institute is a school in Port Amara.",
        "It is run by the Ministry of Coastal Affairs.",
    ]
    assert b2.title is None
    assert [s.text for s in b2.sentences] == [
        "The Lighthouse Heritage Foundation is a charity founded in 1990.",
        "It restores old lighthouses.",
    ]
    assert b3.title.text == "Port Culture Society"
    assert [s.text for s in b3.sentences] == ["The Port Culture Society is an association in Port Amara."]
    # blurb sentences belong to the blurbs, not to the article
    assert not any(s.text.startswith("The Harbour Pilots Institute") for s in mirror.sentences)
    assert all("<span" not in s.text for s in mirror.sentences)


def test_mirror_references_with_backlink_numbers(mirror):
    assert mirror.references == {
        1: "Castell, Owen (2010). Ports and Spies. Seaward Press.",
        2: 'Reyes, Tomas (2016). "Ports". Harbour Policy Watch.',
        3: "Holt, Miriam (2016). The Fraternal Line.",
        4: "Marlow, Ines (2018). Friendly Doors.",
    }


# ----------------------------------------------------------------------------- close variants

PIPE = """Harbour Pilots Institute
| Formation | 1942 |
Headquarters | Port Amara |
Parent organization | Ministry of Coastal Affairs |
| Director | Ma Xiuying |

The Harbour Pilots Institute trains ship pilots for the national ports. It was founded in 1942.
"""


def test_pipe_table_infobox():
    d = parse(PIPE)
    check_offsets(d)
    assert d.layout == "pipe-table"
    assert d.title == "Harbour Pilots Institute"
    f = fields(d)
    assert f["Formation"] == ["1942"]
    assert f["Headquarters"] == ["Port Amara"]
    assert f["Parent organization"] == ["Ministry of Coastal Affairs"]
    assert f["Director"] == ["Ma Xiuying"]
    assert [s.text for s in d.sentences] == [
        "The Harbour Pilots Institute trains ship pilots for the national ports.",
        "It was founded in 1942.",
    ]
    assert d.unparsed == []


KEY_THEN_VALUES = """Lighthouse Heritage Foundation
Parent organization
Ministry of Coastal Affairs
Subsidiaries
Harbour Pilots Institute
Port Culture Society
Deputy directors
Chen Haolan, Ma Xiuying

The Lighthouse Heritage Foundation is a charity in Port Amara. It was founded in 1990.
"""


def test_key_on_one_line_values_on_the_next_lines():
    d = parse(KEY_THEN_VALUES)
    check_offsets(d)
    assert d.layout == "glued-infobox"
    assert d.title == "Lighthouse Heritage Foundation"
    f = fields(d)
    assert f["Parent organization"] == ["Ministry of Coastal Affairs"]
    assert f["Subsidiaries"] == ["Harbour Pilots Institute", "Port Culture Society"]
    assert f["Deputy directors"] == ["Chen Haolan, Ma Xiuying"]
    assert [s.text for s in d.sentences] == [
        "The Lighthouse Heritage Foundation is a charity in Port Amara.",
        "It was founded in 1990.",
    ]
    assert d.unparsed == []


PROSE = (
    "The Port Culture Society is an association in Port Amara. It was founded in 1990 by the "
    "Ministry of Coastal Affairs. Li Wenbo is its president.\n"
)


def test_plain_prose_only():
    d = parse(PROSE)
    check_offsets(d)
    assert d.layout == "prose"
    assert d.title in ("", "Port Culture Society"), d.title  # never the whole first sentence
    assert d.fields == []
    assert [s.text for s in d.sentences] == [
        "The Port Culture Society is an association in Port Amara.",
        "It was founded in 1990 by the Ministry of Coastal Affairs.",
        "Li Wenbo is its president.",
    ]
    assert d.unparsed == []


def test_plain_prose_with_title_line():
    d = parse("Port Culture Society\n\n" + PROSE)
    check_offsets(d)
    assert d.layout == "prose"
    assert d.title == "Port Culture Society"
    assert len(d.sentences) == 3
    assert d.sentences[0].start == len("Port Culture Society\n\n")


HTML = """<!DOCTYPE html>
<html><head><title>Harbour Pilots Institute</title>
<style>p { color: red; }</style><script>var tracker = 1;</script></head>
<body>
<h1>Harbour Pilots Institute</h1>
<p>The Harbour Pilots Institute trains ship pilots.<sup>[1]</sup> It was founded in 1942.</p>
<h2>History</h2>
<p>In 1983, the institute was placed under the Ministry of Coastal Affairs &amp; Ports.</p>
</body></html>
"""


def test_html_page():
    d = parse(HTML)
    check_offsets(d)
    assert d.layout == "html"
    assert d.title == "Harbour Pilots Institute"
    assert "<p>" not in d.text and "tracker" not in d.text and "color: red" not in d.text
    assert any("HTML" in w for w in d.warnings)
    s1 = sentence(d, "The Harbour Pilots Institute")
    assert s1.refs == (1,)
    assert "[1]" not in s1.clean
    s3 = sentence(d, "In 1983")
    assert s3.text == "In 1983, the institute was placed under the Ministry of Coastal Affairs & Ports."
    assert s3.section == "History"


def test_garbage_is_reported_not_dropped_and_never_crashes():
    text = "Harbour Pilots Institute\n\n\u2605\u2605\u2605 0x1F 0x2A\n\nThe Harbour Pilots Institute trains pilots.\n"
    d = parse(text)
    check_offsets(d)
    assert "\u2605\u2605\u2605 0x1F 0x2A" in unparsed_texts(d)
    assert [s.text for s in d.sentences] == ["The Harbour Pilots Institute trains pilots."]


# ----------------------------------------------------------------------------- more variants seen in scrapes


def test_title_with_disambiguator_does_not_make_a_profile_page():
    """A glued infobox under a title like ``X (Country)`` is still a glued infobox."""
    text = (
        "External Relations Department (Amara)\n"
        "Formation1949; 75 years ago (1949)\n"
        "LeaderWang Ruoxi\n"
        "AffiliationsMinistry of Foreign Affairs of Amara Edit this at Wikidata\n\n"
        "The External Relations Department is a party department.[1]\n\n"
        "References edit\n\n"
        "  1. ^ Holt, Miriam (2016). The Fraternal Line. Seaward Press.\n"
    )
    d = parse(text)
    check_offsets(d)
    assert d.layout == "glued-infobox"
    assert d.title == "External Relations Department (Amara)"
    assert fields(d)["Leader"] == ["Wang Ruoxi"]


def test_leader_list_without_bullets_under_a_heading():
    """Mirror copies often lose the list bullets: ``Name (YYYY – YYYY)`` lines under ``Ministers``."""
    text = (
        "Ministry of Coastal Affairs\n\nLast updated\n\n"
        "The Ministry of Coastal Affairs is a ministry of Amara. [1]\n\n"
        "Ministers\n\n"
        "Deng Yuhan (1984 – 1991)\n"
        "Kang Wenhui (1991 – 2001)\n"
        "Xie Boyang (2009 – present)\n\n"
        "References\n\n  1. Castell, Owen (2010). Ports and Spies.\n"
    )
    d = parse(text)
    check_offsets(d)
    assert "Ministers" in section_titles(d)
    a = list_item(d, "Deng Yuhan")
    assert (a.start_year, a.end_year, a.title) == (1984, 1991, "Minister")
    c = list_item(d, "Xie Boyang")
    assert (c.start_year, c.end_year, c.present) == (2009, None, True)
    assert not any(t.startswith(("Deng Yuhan", "Kang Wenhui")) for t in unparsed_texts(d))


@pytest.mark.parametrize(
    "line, years",
    [
        ("- Chen Haolan (1990–1993)", (1990, 1993)),
        ("- Chen Haolan (1990 - 1993)", (1990, 1993)),
        ("- Chen Haolan (March 1990 — 1993)", (1990, 1993)),
        ("- Chen Haolan (2019 – incumbent)", (2019, None)),
    ],
)
def test_director_date_range_variants(line, years):
    d = parse("= Bureau of Lighthouse Affairs =\n\n- Type: Agency\n\n== Directors ==\n" + line + "\n")
    check_offsets(d)
    it = list_item(d, "Chen Haolan")
    assert (it.start_year, it.end_year) == years
    assert it.title == "Director"


def test_a_bodys_name_with_its_abbreviation_below_site_navigation_is_the_title():
    # "Home" / "Reading List" / "Union of Harbour Youth (UHY)" / "Headquarters: ...": the body's line is the title
    d = orgnet.parse_text(
        "Home\n\n\n\nReading List\n\n\n\nUnion of Harbour Youth (UHY)\n\n"
        "Website: http://www.uhy.example/\n\nHeadquarters: Veldra, Ruritania\n",
        "t.txt",
    )
    assert d.title == "Union of Harbour Youth (UHY)"
    # a title with a body word keeps its place
    d = orgnet.parse_text("Harbour Bureau\n\nTide Office (TO)\n\nThe Harbour Bureau is an agency.\n", "t.txt")
    assert d.title == "Harbour Bureau"


def test_a_listing_sites_label_line_is_no_title():
    d = orgnet.parse_text(
        "Skip to main content\n\nEntity Type: Party-State Agency\n\nHarbour Institute of Studies\n\n"
        "The Harbour Institute of Studies is a research institute.\n",
        "t.txt",
    )
    assert d.title == "Harbour Institute of Studies"


def test_a_raw_wikitext_infobox_on_one_line_gives_its_fields_and_names_the_page():
    # a whole "{{Infobox ... | key = value | ... }}" on one line, with a "{{cite ...}}" inside a value, then the lead
    text = (
        "{{Short description|Ruritania-based charity}} {{Infobox organization | name = The Harbour Foundation | "
        "formation = 1954 | headquarters = Ulton, Ruritania | leader_title = President and CEO | leader_name = Ada Lind"
        " | revenue = $1,000<ref>{{cite web | url=https://example.org/f.pdf | title=Report }}</ref> | website = }} "
        "'''The Harbour Foundation (THF)''' is a nonprofit organization focused on Veldra.\n"
    )
    d = orgnet.parse_text(text, "t.txt")
    assert d.title == "The Harbour Foundation"
    keys = {f.key: [v.text for v in f.values] for f in d.fields}
    assert keys["Formation"] == ["1954"] and keys["Leader Name"] == ["Ada Lind"]
    cs = orgnet.extract_claims(d)
    got = {(c.subject, c.relation, c.object or c.value, c.title) for c in cs if c.relation in ("leads", "founded")}
    assert got == {
        ("Ada Lind", "leads", "Harbour Foundation", "President and CEO"),
        ("Harbour Foundation", "founded", "1954", ""),
    }
    for c in cs:
        assert c.evidence == d.text[c.char_start : c.char_end]


def test_html_table_cells_keep_a_separator(tmp_path):
    """A label cell and its value cell are set apart by a tab, not glued ("Headquarters4 Quay Road")."""
    page = (
        "<html><head><title>Harbour Pilots Institute</title></head><body>\n"
        '<table class="infobox"><tr><th>Headquarters</th><td>4 Quay Road, Port Ashby</td></tr>'
        "<tr><th>Parent organization</th><td>Ministry of Water</td></tr>"
        "<tr><th>Formed</th><td>1950</td></tr></table>\n"
        "<p>The Harbour Pilots Institute is a training body of Ruritania.</p></body></html>\n"
    )
    (tmp_path / "h.html").write_text(page, "utf-8")
    doc = orgnet.read_document(tmp_path / "h.html")
    assert "Headquarters\t4 Quay Road, Port Ashby\n" in doc.text
    assert "Parent organization\tMinistry of Water\n" in doc.text and "Formed\t1950\n" in doc.text
    assert "\t\n" not in doc.text and "\n\t" not in doc.text
    assert fields(doc) == {
        "Headquarters": ["4 Quay Road, Port Ashby"],
        "Parent organization": ["Ministry of Water"],
        "Formed": ["1950"],
    }
    check_offsets(doc)
    assert any(c.evidence == "Parent organization\tMinistry of Water" == c.context for c in orgnet.extract_claims(doc))


def test_a_foreign_skip_link_a_dateline_and_a_section_prefix_are_no_title():
    """A German site's skip link, a dateline and a "Table of Contents" line are furniture; a
    section word before the name ("Introduction - X") is dropped from the title."""
    text = (
        "Direkt zum Seiteninhalt springen\n\nIntroduction - Harbour Pilots Bureau\n\nZum Inhalt springen\n\n"
        "The Harbour Pilots Bureau (HPB) was set up in 1950. From 1957 to 1989 it was headed by Ada Lind.\n"
    )
    d = orgnet.parse_text(text, "t.txt")
    assert d.title == "Harbour Pilots Bureau"
    got = {(c.subject, c.relation, c.object) for c in orgnet.extract_claims(d)}
    assert ("Ada Lind", "leads", "Harbour Pilots Bureau") in got
    assert (
        orgnet.parse_text("Friday April 19, 2024\n\nTide News\n\nThe Tide Office is an agency.\n", "t.txt").title
        == "Tide News"
    )
    assert (
        orgnet.parse_text("Veldra Table of Contents\n\nVeldra Tide Office\n\nIt is an agency.\n", "t.txt").title
        == "Veldra Tide Office"
    )
    assert (
        orgnet.parse_text(
            "West Veldra Coast Table of Contents\n\nVeldra Tide Office\n\nIt is an agency.\n", "t.txt"
        ).title
        == "Veldra Tide Office"
    )


def test_a_leaders_key_alone_on_its_line_and_its_holder_below():
    """A glued infobox whose "Key people" key stands alone and its one holder on the next line."""
    text = (
        "Harbour Tide Foundation\nFounded1990 (1990)\nFounderGovernment of Veldra\nTypeCultural institution\n"
        "Key people\nAda Lind\n\nHarbour Tide Foundation was created in 1990. Bo Wu spoke.\n"
    )
    got = {(c.subject, c.relation, c.object) for c in orgnet.extract_claims(orgnet.parse_text(text, "t.txt"))}
    assert ("Ada Lind", "leads", "Harbour Tide Foundation") in got
    assert not [g for g in got if g[0] == "Bo Wu"]


def test_two_posts_on_one_office_line_of_a_person_page():
    """ "Chief of the X; Secretary of the Y" over "In office": two posts of one term; "Preceded by"
    goes with the first post."""
    text = (
        "Ada Lind\n\nAda Lind\nChief of the Tide Department; Secretary of the Harbour Party of Veldra\nIn office\n"
        "9 December 1955 – 25 January 1982\nPreceded by Bo Wu\nPersonal details\nBorn 1905\n\n"
        "Ada Lind (1905 - 1995) was a Veldran politician.\n"
    )
    cs = orgnet.extract_claims(orgnet.parse_text(text, "t.txt"))
    got = {(c.subject, c.relation, c.object, c.title, c.start, c.end) for c in cs if c.relation == "leads"}
    assert got == {
        ("Ada Lind", "leads", "Tide Department", "Chief", 1955, 1982),
        ("Ada Lind", "leads", "Harbour Party of Veldra", "Secretary", 1955, 1982),
        ("Bo Wu", "leads", "Tide Department", "Chief", None, 1955),
    }


def test_a_site_menu_line_ending_in_contact_is_no_title():
    d = orgnet.parse_text("Tide Units Insignia Contact\n\nHarbour Watch Bureau\n\nThe bureau is an agency.\n", "t.txt")
    assert d.title == "Harbour Watch Bureau"


def test_superseding_and_preceding_keys_without_a_number():
    """The agency template's "superseding" / "preceding" keys, dumped without a number."""
    from claim_helpers import one, run

    _, cs = run(
        "= Tide Security =\n\nInfobox\n- Agency Name: Tide Security\n- Formed: 30 June 1945\n"
        "- Preceding: Harbour Watch Office\n- Superseding: Federal Tide Information Service\n"
        "- Jurisdiction: Ruritania\n\nTide Security was the secret police of Ruritania.\n"
    )
    one(cs, "Tide Security", "absorbed_into", "Federal Tide Information Service")
    one(cs, "Harbour Watch Office", "absorbed_into", "Tide Security")
