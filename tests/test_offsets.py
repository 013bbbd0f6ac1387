"""Claims' offsets count characters of the file as decoded (issue 14).

``char_start``/``char_end`` and ``context_start`` point into the file a person opens (its
own line ends, a BOM dropped), whatever the reader cleaned before parsing it (``\\r\\n``,
NFD text, HTML markup and entities, removed ``<script>`` blocks, %-escapes); the evidence
and the context are the cleaned text. Organisations and documents are invented.
"""

from __future__ import annotations

import html
import unicodedata
import urllib.parse

from claim_helpers import as_read, reads_as  # tests/claim_helpers.py (on sys.path via conftest)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import orgnet
from orgnet.read.decode import (
    _script_blocks,
    _strip_html,
    normalize_mapped,
    normalize_text,
    remove_scripts,
    strip_html_mapped,
)
from orgnet.read.offsets import OffsetMap, nfc_mapped, unescape_mapped, unquote_mapped
from orgnet.render.network import _quote_context

SENTENCE = "The Bureau of Tests is overseen by the Ministry of Widgets."


def claims_of(raw: str, name: str = "t.txt") -> tuple[orgnet.Document, list[orgnet.Claim]]:
    d = orgnet.parse_text(raw, name)
    return d, orgnet.extract_claims(d)


def overseen(claims: list[orgnet.Claim]) -> orgnet.Claim:
    (c,) = [c for c in claims if c.relation == "overseen_by"]
    return c


def check(raw: str, name: str = "t.txt") -> orgnet.Claim:
    """The overseen_by claim of ``raw``, after checking that every claim's offsets point at
    its evidence in the file (``raw`` without a BOM) and its context starts where the
    context's first character is in the file."""
    d, claims = claims_of(raw, name)
    file = raw.lstrip("\ufeff")
    assert d.raw == file
    for c in claims:
        assert 0 <= c.char_start <= c.char_end <= len(file), c
        assert reads_as(file[c.char_start : c.char_end], c.evidence), (file[c.char_start : c.char_end], c.evidence)
        assert c.context_start is not None and c.context_start <= c.char_start
        ctx = "".join(c.context.split())
        after = file[c.context_start :]
        assert ctx in (as_read(after)[: len(ctx)], as_read(urllib.parse.unquote(after))[: len(ctx)])
        quote, at = _quote_context(c.evidence, c.context, c.context_start, c.char_start)
        assert quote[at : at + len(c.evidence)] == c.evidence
    return overseen(claims)


def test_plain_lf_text_keeps_its_offsets():
    raw = f"= Bureau of Tests =\n\nIntro.\n{SENTENCE}\n"
    d, claims = claims_of(raw)
    assert d.source_map.identity and d.text == raw
    c = overseen(claims)
    assert (c.char_start, c.char_end) == (raw.index("Bureau of Tests is"), raw.index(".\n", raw.index("Ministry")))
    assert raw[c.char_start : c.char_end] == c.evidence and raw[c.context_start :].startswith(c.context)


def test_crlf_line_ends_are_counted():
    raw = f"= Bureau of Tests =\r\n\r\nIntro line.\r\n{SENTENCE}\r\n"
    c = check(raw)
    assert raw[c.char_start : c.char_end] == c.evidence  # one line: the same characters
    assert c.char_start == raw.index("Bureau of Tests is")
    assert c.context_start == raw.index("The Bureau")


def test_a_bom_is_not_counted():
    raw = "\ufeff" + f"= Bureau of Tests =\n\n{SENTENCE}\n"
    c = check(raw)
    assert c.char_start == raw.index("Bureau of Tests is") - 1


def test_nfd_text_maps_to_its_combining_marks():
    raw = "= Cafe\u0301 Bureau =\n\nThe Cafe\u0301 Bureau is overseen by the Ministry of Widgets.\n"
    d, claims = claims_of(raw)
    c = overseen(claims)
    assert "Café Bureau" in c.evidence
    span = raw[c.char_start : c.char_end]
    assert normalize_text(span) == c.evidence
    assert span.startswith("Cafe\u0301") and c.char_start == raw.index("Cafe\u0301 Bureau is")


def test_html_entities_and_tags():
    raw = (
        "<html><head><title>Bureau of Tests</title></head><body><h1>Bureau of Tests</h1>"
        "<p>Intro.</p><p>Since 1990 &amp; today, the <b>Bureau of Tests</b> is overseen by the Ministry of "
        "Widgets.</p><div>end</div></body></html>\n"
    )
    c = check(raw, "t.html")
    assert "&" in c.context and c.context_start == raw.index("Since 1990")
    span = raw[c.char_start : c.char_end]
    assert span.startswith("Since 1990 &amp; today, the <b>Bureau") and span.endswith("Widgets"), span


def test_a_removed_script_block_before_the_sentence():
    script = "<script>var x = '<p>The Bureau of Nothing is overseen by nobody.</p>';</script>"
    raw = f"= Bureau of Tests =\n\n{script}\n{SENTENCE}\n"
    c = check(raw)
    assert raw[c.char_start : c.char_end] == c.evidence
    assert c.char_start == raw.index("Bureau of Tests is")


def test_a_span_does_not_swallow_a_script_after_it():
    raw = "= Bureau of Tests =\n\nThe Bureau of Tests is overseen by the Ministry of Widgets<style>p{}</style>.\n"
    c = check(raw)
    assert "<style>" not in raw[c.char_start : c.char_end]


def test_percent_escaped_text():
    body = urllib.parse.quote(f"= Bureau of Tests =\n\n{SENTENCE}\nIt was founded in 1950.\n", safe="=.\n")
    c = check(body)
    span = body[c.char_start : c.char_end]
    assert "%20" in span and urllib.parse.unquote(span) == c.evidence


def test_a_mix_of_crlf_nfd_entities_and_a_script():
    raw = (
        "\ufeff<html><body><h1>Cafe\u0301 Bureau</h1>\r\n<script>alert(1)</script>\r\n"
        "<p>Intro &amp; more.</p>\r\n<p>The Cafe\u0301 Bureau is overseen by the Ministry of Widgets "
        "&amp; Gadgets.</p>"
        "\r\n<div>x</div><div>y</div></body></html>\r\n"
    )
    c = check(raw, "t.html")
    span = raw.lstrip("\ufeff")[c.char_start : c.char_end]
    assert span.startswith("Cafe\u0301 Bureau") and span.endswith("Widgets"), span


def test_context_quote_in_a_cleaned_file():
    """The side panel finds the evidence in the context when the file had markup before it."""
    raw = (
        "<p>a</p><p>b</p><p>c</p>\n<p>The <i>Bureau</i> of Tests &amp; Co is overseen by the Ministry of Widgets.</p>\n"
    )
    d, claims = claims_of(raw, "t.html")
    c = overseen(claims)
    quote, at = _quote_context(c.evidence, c.context, c.context_start, c.char_start)
    assert quote == c.context and quote[at:].startswith(c.evidence)
    assert c.char_start - c.context_start != at  # the file offset alone would point elsewhere


# --------------------------------------------------------------------------- the cleaning steps


def test_each_step_gives_what_it_gave_before():
    raw = "a\r\nb\rCafe\u0301\x07 \u212b x"
    assert normalize_mapped(raw)[0] == normalize_text(raw)
    assert unquote_mapped("%C3%A9t%E9%zz%20")[0] == urllib.parse.unquote("%C3%A9t%E9%zz%20")
    assert unescape_mapped("&amp;&ampx&#65;&#0;&bogus;")[0] == "&&xA\ufffd&bogus;"
    for page in [
        "<p>x &amp;lt; y</p>" * 3 + "<script>s</script><td>a</td><td>b</td>",
        "<p>a</p><p>b</p><p>c</p>\n<script type=x text &amp; more <p text",
        "<p>a</p><p>b</p><p>c</p>\n<script>unclosed, text dropped",
        "<p>a</p><p>b</p><p>c</p>\n<noscript><p>n</p> text &lt; <b x",
        "<!DOCTYPE html><html><!-- c --><p>A &copy 2020 &#x41 B</p><?pi x?><br/><p a='>'>C</p></>"
        "<![CDATA[z]]><!bogus>D<p>E &amp F</p>",
        "<p>a</p><p>b</p><p>c</p><p>d &</p> e <!-- unclosed comment at end",
        "<p>a</p><p>b</p><p>c</p><p>x<y</p><td>1</td><td>2</td><p>&lt;b&gt;bold&lt;/b&gt;</p>",
        "<p>a</p><p>b</p><p>c</p><p>d</p><a href='x>y",
    ]:
        assert _strip_html(page)[0] == _old_strip_html(page), page
        out, _, m = strip_html_mapped(page)
        for i, ch in enumerate(out):  # each character maps to where it came from, not to a coarse run
            a, b = m.span(i, i + 1)
            assert ch.isspace() or (b - a <= 12 and ch in html.unescape(html.unescape(page[a:b]))), (page, i, ch)


def _old_strip_html(text: str) -> str:
    """The reader's HTML to text before offsets were mapped (html.parser over the whole text)."""
    import html
    import re

    from orgnet.read.decode import _HTMLText

    p = _HTMLText(text)
    p.feed(text)
    p.close()
    out = "".join(p.parts)
    out = re.sub(r"[ \t]+\n", "\n", out)
    out = re.sub(r"\n{3,}", "\n\n", out)
    return html.unescape(out).strip() + "\n"


def test_script_blocks_match_the_old_expression():
    import re

    old = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)
    for t in [
        "a<script>x</script>b",
        "<script>a<script>b</script>c</script>",
        "<SCRIPT a='>'>x</script >",
        "<script>unclosed <style>s</style> end",
        "<style>x</script></style>",
        "<scripts>x</scripts>",
        "<script x",
        "x</script><script>y",
    ]:
        assert [m.span() for m in old.finditer(t)] == _script_blocks(t), t
    assert remove_scripts("a<script>x</script>b")[:2] == ("ab", 1)


def test_an_unclosed_script_is_left_alone():
    raw = f"= Bureau of Tests =\n\n<script>{SENTENCE}\n"
    d, claims = claims_of(raw)
    assert not any("block(s) removed" in w for w in d.warnings)
    assert SENTENCE in d.text


text_piece = st.sampled_from(
    [
        "Bureau",
        " ",
        "\r\n",
        "\n",
        "\r",
        "e\u0301",
        "\u212b",
        "&amp;",
        "&lt;",
        "<b>",
        "</b>",
        "<p>",
        "</p>",
        "<script>x</script>",
        "%20",
        "\ufeff",
        "\x07",
        "漢",
        "\t",
        ".",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(text_piece, max_size=40))
def test_maps_are_monotonic_and_inside_the_text(pieces):
    raw = "".join(pieces).lstrip("\ufeff")
    d = orgnet.parse_text(raw, "p.txt")
    m: OffsetMap = d.source_map
    starts = [m.start(i) for i in range(len(d.text) + 1)]
    ends = [m.end(i) for i in range(len(d.text) + 1)]
    assert starts == sorted(starts) and ends == sorted(ends)
    assert all(0 <= x <= len(raw) for x in starts + ends)
    for i in range(len(d.text)):
        a, b = m.span(i, i + 1)
        assert a < b or d.text[i] in "\n\t", (i, d.text[i])  # only a line end or a tab the reader added has no width
        if not d.text[i].isspace() and d.text[i] not in "&<>;":
            assert d.text[i] in normalize_text(raw[a:b]) or d.text[i] in urllib.parse.unquote(raw[a:b])


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \n\u0301\u0323e\u00e9\u212b\u1100\u1161")), max_size=30))
def test_nfc_map_covers_each_character(raw):
    out, m = nfc_mapped(raw)
    assert out == unicodedata.normalize("NFC", raw)
    for i in range(len(out)):
        a, b = m.span(i, i + 1)
        assert out[i] in unicodedata.normalize("NFC", raw[a:b])


def test_a_build_and_its_cache_give_file_offsets(tmp_path):
    """The claims table holds file offsets, whether a document was parsed or read from the cache."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    raw = f"= Bureau of Tests =\r\n\r\nIntro line.\r\n{SENTENCE}\r\n"
    (seeds / "crlf.txt").write_bytes(raw.encode("utf-8"))
    cache = tmp_path / "cache"
    for _ in range(2):  # the second build reads the parse from the cache
        claims = orgnet.build(seeds, cache=cache, progress=False).claims
        row = claims[claims["relation"] == "overseen_by"].iloc[0]
        assert raw[int(row["char_start"]) : int(row["char_end"])] == row["evidence"]
        assert int(row["context_start"]) == raw.index("The Bureau")
    assert any(cache.rglob("*")), "the cache was not written"
