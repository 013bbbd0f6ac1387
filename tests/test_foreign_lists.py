"""Lists of officeholders in other languages and in a blog's hand, each on a short invented document.

A heading naming the office in Spanish, French, Portuguese or German, in the plural or the singular,
and the body after the language's "of" ("Directores del HB:", "Présidents de la Commission X") is a
list of that body's holders (names.yaml ``foreign_titles``); rows numbered "11.-" are rows like "11.";
a stop or dots after a holder's name ("Ada Morn.,", "Ada Morn...,") are no part of the name; a row
whose open term ends in dots ("10 de enero de 2018 a ....") is a row, not a sentence. A Portuguese
pipe infobox under its caption ("Diretoria de X | |") reads with its keys ("Quartel general", "Criada");
"headed by" in Portuguese, Spanish, French and German ("foi chefiada por A e B") gives each its lead,
"e"/"y" between two full names parting them ("José Ortega y Gasset" stays one name), also with a span
of time before "par" ("a été dirigée durant près de dix ans par A"). A Spanish ministry's keys ("Ministro:",
"Ministro anterior:", "Sede oficial:") give its minister, the one before and its seat, a rank before the
name ("General de División", "Vicealmirante") no part of it and no cue to cut one name in two. A page
with no title line whose lead opens with an article and the body's name in Spanish, Italian or German
("El Servicio X (SX) es ...", "L'Apparato d'Informazioni X (...), spesso chiamato Y, è ...", "Der
Tidendienst ist ...") is about that body, its name without the article, an elided "d'" inside it.
An Italian list under the wiki's edit link ("[modifica] Direttori dell'SM") with the months in
Italian and an open term ("agosto 1999 - in carica") is a list of holders. Transliterated names open with an ʿayn or an apostrophe ("ʿUmar Sulaymān", "Ahmad Isma'il 'Ali").
An office's page titled in German ("Generalinspekteur der X") is the page of X's office, its list's heading
read without its article and the year it runs from ("Die Generalinspekteure der X seit 1957"); in English, a
title of two words ("Inspector General of the X") is no key and value ("Inspector" = "General of the X").
"""

from __future__ import annotations

import pytest
from claim_helpers import none, one, run  # tests/claim_helpers.py (on sys.path via conftest)

from orgnet.extract.mentions import find_mentions
from orgnet.read.officeholders import leader_heading

BLOG_LIST = """Harbour Bureau

The Harbour Bureau (HB) is an agency of Veldra.
Directores del HB:
1. Ada Morn, febrero de 1989;
2. Ivo Lenz., diciembre de 2012 a enero de 2018., y;
11.- Cy Lo Brand, marzo de 2018;

12.- Bo Wu Sacal...,  10 de enero de 2019 a ....

Otra cosa aqui.
"""


def test_a_spanish_heading_over_numbered_rows_lists_the_body_s_holders():
    _, cs = run(BLOG_LIST)
    assert one(cs, "Ada Morn", "leads", "Harbour Bureau").start == 1989
    c = one(cs, "Ivo Lenz", "leads", "Harbour Bureau")
    assert (c.subject, c.start, c.end, c.title) == ("Ivo Lenz", 2012, 2018, "Director")
    assert one(cs, "Cy Lo Brand", "leads", "Harbour Bureau").start == 2018
    assert one(cs, "Bo Wu Sacal", "leads", "Harbour Bureau").start == 2019
    none(cs, "Otra", "leads", "Harbour Bureau")


@pytest.mark.parametrize(
    "heading, want",
    [
        ("Directores del HB", ("Director", "HB")),
        ("Présidents de la Commission des Marées", ("President", "Commission des Marées")),
        ("Diretores da Agência Harbour", ("Director", "Agência Harbour")),
        ("Direktoren des Harbour Amtes", ("Director", "Harbour Amtes")),
        ("Jefes de la Harbour Guard", ("Chief", "Harbour Guard")),
        ("Direttori dell'HB", ("Director", "HB")),
        ("Presidenti della Commissione delle Maree", ("President", "Commissione delle Maree")),
    ],
)
def test_a_foreign_title_and_its_of_name_the_list_s_body(heading, want):
    assert leader_heading(heading) == want


IT_LIST = """Servizio delle Maree
Da Wikipedia, l'enciclopedia libera.
L'SM è l'acronimo del servizio delle maree di Veldra. La sua sede si trova a Ulton.
[modifica] Direttori dell'SM
- Ada Lin Morn gennaio 1992 - luglio 1993
- Bo Wu Lind luglio 1993 - febbraio 1994
- Cy Lo Brand agosto 1999 - in carica
"""


def test_an_italian_list_under_its_edit_link_with_months_and_an_open_term():
    _, cs = run(IT_LIST)
    a = one(cs, "Ada Lin Morn", "leads", "Servizio delle Maree")
    assert (a.start, a.end, a.title) == (1992, 1993, "Director")
    assert one(cs, "Bo Wu Lind", "leads", "Servizio delle Maree").start == 1993
    c = one(cs, "Cy Lo Brand", "leads", "Servizio delle Maree")
    assert (c.start, c.end) == (1999, None)


PT_INFOBOX = """Diretoria de Marés e Segurança | |
---|---|
País | Veldra |
Criada | 26 de janeiro de 1983 |
Quartel general | Ulton |
Antecessor | Serviço de Marés (SM) |
diretor |
Ada Morn, Ivo Lenz |
A Diretoria de Marés e Segurança é o serviço de inteligência de Veldra. O Serviço de Marés (SM) foi organizado em 1982.
O SM foi chefiada por Bo Wu e Cy Lo Brand, comandantes de campo.
"""


def test_a_portuguese_infobox_under_its_caption_reads_its_keys():
    _, cs = run(PT_INFOBOX)
    body = "Diretoria de Marés e Segurança"
    one(cs, body, "headquartered_in", "Ulton")
    assert one(cs, body, "founded", value="1983").value == "1983"
    one(cs, "Serviço de Marés", "absorbed_into", body)
    one(cs, "Ada Morn", "leads", body)


@pytest.mark.parametrize("words", ["foi chefiada por", "fue dirigida por", "a été présidée par", "wurde geleitet von"])
def test_headed_by_in_other_languages_gives_each_head(words):
    _, cs = run(
        f"Harbour Service\n\nThe Harbour Service (HS) is an agency. O HS {words} Bo Wu e Cy Lo Brand in 1990.\n"
    )
    one(cs, "Bo Wu", "leads", "Harbour Service")
    one(cs, "Cy Lo Brand", "leads", "Harbour Service")
    none(cs, "Bo Wu e Cy Lo Brand", "leads", "Harbour Service")


def test_and_in_the_names_language_parts_two_full_names_only():
    t = "El filósofo José Ortega y Gasset fundó la revista. La dirigió Ada Morn y Ivo Lenz."
    names = [m.name for m in find_mentions(t, t, 0, len(t))]
    assert "José Ortega y Gasset" in names
    assert "Ada Morn" in names and "Ivo Lenz" in names


def test_headed_by_in_french_with_a_span_of_time_before_par():
    _, cs = run("Agence des Marées\n\nL’agence a été dirigée durant près de dix ans par Ada Morn.\n")
    one(cs, "Ada Morn", "leads", "Agence des Marées")


def test_a_spanish_ministry_s_keys_with_ranks():
    _, cs = run(
        "Ministerio del Mar\n\n(Redirigido desde «MIMA»)\nMIMA\nDatos generales\nNombre:Ministerio del Mar\n"
        "Ministro:General de División Ada Morn Lind\nMinistro anterior:Vicealmirante Bo Lin"
        " Vane\nSede oficial:Plaza de la Marea, Ulton\n\nEl Ministerio del Mar de Veldra (MIMA) es el organismo.\n"
    )
    one(cs, "Ada Morn Lind", "leads", "Ministerio del Mar")  # ("del": a title of three words is a name)
    one(cs, "Bo Lin Vane", "leads", "Ministerio del Mar")
    none(cs, "Lin Vane", "leads", "Ministerio del Mar")
    one(cs, "Ministerio del Mar", "headquartered_in", "Ulton")


def test_german_infobox_of_an_authority():
    # de.wikipedia's "Infobox Behörde": keys before their values with one space, a German rank
    _, cs = run(
        "Tide-Nachrichtenamt\n\nVeldra Nachrichtendienst\n HNA \n"
        "Aufsichtsbehörde(n) Bundesministerium für Gezeiten (BMG)\nBestehen seit 1985\nHauptsitz Ulton\n"
        "Behördenleitung Generalmajor Ada Morn\nWebsite Tide-Nachrichtenamt\n\n"
        "Das Tide-Nachrichtenamt (HNA) ist der Nachrichtendienst.\n"
    )
    one(cs, "Tide-Nachrichtenamt", "subordinate_to", "Bundesministerium für Gezeiten")
    one(cs, "Tide-Nachrichtenamt", "headquartered_in", "Ulton")
    assert one(cs, "Ada Morn", "leads", "Tide-Nachrichtenamt").title == "Head"


@pytest.mark.parametrize(
    "lead, body",
    [
        (
            "El Servicio de Inteligencia Tidal (SIT) es el principal servicio de inteligencia de Veldra.",
            "Servicio de Inteligencia Tidal",
        ),
        (
            "L'Apparato d'Informazioni Tidale (in arabo xx, Gihaz), spesso chiamato semplicemente Gihaz, è il "
            "principale servizio segreto di Veldra.",
            "Apparato d'Informazioni Tidale",
        ),
        ("Der Tidendienst (TD) ist der Nachrichtendienst von Veldra.", "Tidendienst"),
    ],
)
def test_a_foreign_lead_with_its_article_names_the_page_s_body(lead, body):
    _, cs = run(
        f"{lead}\nStoria\nFu istituito negli anni cinquanta.\nDirectores\n- Ada Morn (1950–1956)\n- Bo Lin (1956–1960)\n"
    )
    c = one(cs, "Ada Morn", "leads", body)
    assert (c.start, c.end) == (1950, 1956)


def test_transliterated_names_with_an_ayn_or_an_apostrophe_are_holders():
    _, cs = run(
        "Tide Intelligence Directorate\n\nThe Tide Intelligence Directorate is the main service of Norway.\n\n"
        "Directors\n- ʿUmar Sulaymān (1993-2011)\n- Ahmad Isma'il 'Ali (1971–1973)\n- Nur al-Din 'Afifi (1991–1993)\n"
    )
    for name, start in (("ʿUmar Sulaymān", 1993), ("Ahmad Isma'il 'Ali", 1971), ("Nur al-Din 'Afifi", 1991)):
        assert one(cs, name, "leads", "Tide Intelligence Directorate").start == start


def test_an_open_term_first_since_a_date_then_the_holder():
    for since in ("Since 4 January 2017", "Seit dem 2017", "Desde el 2017"):
        _, cs = run(
            "Tide Institute\n\nThe Tide Institute (TI) is a think tank of Norway.\n\nDirectors\n\n"
            f"  • 1994-2009 - Ada Morn (professor at the Ulton Institute).\n  • {since} - Cy Lo\n"
        )
        c = one(cs, "Cy Lo", "leads", "Tide Institute")
        assert (c.start, c.end) == (2017, None), since


def test_an_office_page_in_german_and_its_list_with_an_article_and_the_year_it_runs_from():
    text = (
        "Generalinspekteur der Tidewehr\nDer Generalinspekteur der Tidewehr ist der ranghöchste General der"
        " Republik Veldra.\nDie Generalinspekteure der Tidewehr seit 1957\n- 1957 - 1961: Ada Morn\n"
        "- 1961 - 1963: Bo Lin\n- 2002 - heute: Cy Dunn\nSiehe auch: Tidewehr\n"
    )
    _, cs = run(text)
    c = one(cs, "Ada Morn", "leads", "Tidewehr")
    assert (c.title, c.start, c.end) == ("Inspector General", 1957, 1961)
    assert one(cs, "Cy Dunn", "leads", "Tidewehr").start == 2002
    none(cs, "Ada Morn", "leads", "Generalinspekteur der Tidewehr")


def test_an_office_of_two_words_over_its_holders_since_a_year_is_no_key_and_value():
    text = (
        "Inspector General of the Tidewatch\n\nThe Inspector General of the Tidewatch is the head of the"
        " Tidewatch.\n\nThe Inspectors General of the Tidewatch since 1957\n- 1957 - 1961: Ada Morn\n"
        "- 1961 - 1963: Bo Lin\n"
    )
    doc, cs = run(text)
    assert doc.title == "Inspector General of the Tidewatch"
    assert one(cs, "Bo Lin", "leads", "Tidewatch").title == "Inspector General"
