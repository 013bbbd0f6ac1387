"""Pages about an agency in another language or machine-translated from one: a Cyrillic title over
the encyclopedia's tagline, Russian and German infobox keys (jurisdiction, founding, the president
and vice president, the ministry whose portfolio the agency is in), a leader's row giving two posts
parted by a dash, and a translated lead sentence ("an agency in the division of the Ministry of X,
..., based in Y"). Every document here is invented."""

from __future__ import annotations

from claim_helpers import find, one, run, show  # tests/claim_helpers.py (on sys.path via conftest)

CYRILLIC = """служба приливов что это такое
Служба приливов Велдры
Из Википедии — свободной энциклопедии
Служба приливов Велдры | |
---|---|
Страна | Велдра |
Создана | 12 марта 2004 года |
Юрисдикция | Министерство приливов Велдры |
Штаб-квартира | Ултон |
Служба приливов Велдры — ведомство, отвечающее за приливы.
"""


def test_a_cyrillic_title_line_names_the_page_and_its_russian_keys_are_read():
    d, cs = run(CYRILLIC)
    assert d.title == "Служба приливов Велдры", show(cs)
    assert one(cs, "Служба приливов Велдры", "subordinate_to", "Министерство приливов Велдры")
    assert one(cs, "Служба приливов Велдры", "founded", value="2004")
    assert one(cs, "Служба приливов Велдры", "headquartered_in", "Ултон")


def test_a_title_line_no_capitalised_word_of_which_is_written_again_is_still_no_title():
    d, _ = run("World Library\nFlag as Inappropriate\nThe Tide Office is an agency of Veldra.\n")
    assert d.title == ""


GERMAN = """Tidenamt | |
---|---|
Staatliche Ebene | Bund |
Geschäftsbereich | Bundesministerium der Gezeiten |
Gründung | 1. Januar 1991 |
Hauptsitz | Ulton |
Präsidentin | Ada Morwen |
Vizepräsident | Bo Lindqvist |
Netzauftritt | www.tidenamt.example |
Das Tidenamt ist eine Bundesoberbehörde mit Sitz in Ulton.
"""


def test_a_german_authoritys_keys_give_its_ministry_and_its_president_and_vice_president():
    _, cs = run(GERMAN)
    assert one(cs, "Tidenamt", "subordinate_to", "Bundesministerium der Gezeiten")
    assert one(cs, "Ada Morwen", "leads", "Tidenamt").title == "President"
    assert one(cs, "Bo Lindqvist", "leads", "Tidenamt").title == "Vice President"


TWO_POSTS = """Tide Office
Tide Office | |
---|---|
Country | Veldra |
Leadership | |
Deputy Director of the Tide Service — head of the Tide Office | Ada Morwen |
Website | page |
The Tide Office is a unit of the Tide Service.
"""


def test_a_leaders_row_with_two_posts_parted_by_a_dash_gives_the_post_named_last():
    _, cs = run(TWO_POSTS)
    assert one(cs, "Ada Morwen", "leads", "Tide Office").title == "Head", show(cs)
    assert not [c for c in cs if c.relation == "leads" and "—" in c.object], show(cs)


TRANSLATED = (
    "The Central Office for Tidal Technology ( ZTT ) is an unincorporated federal agency in the division of "
    "the Federal Ministry of the Tides, for Building and Sand Affairs, based in Ulton with 100 employees.\n"
)


def test_a_translated_lead_sentence_places_the_agency_under_the_ministry_and_seats_it():
    _, cs = run(TRANSLATED)
    assert one(cs, "Central Office for Tidal Technology", "subordinate_to", "Federal Ministry of the Tides")
    assert one(cs, "Central Office for Tidal Technology", "headquartered_in", "Ulton")
    assert not find(cs, "Building and Sand Affairs", "headquartered_in", "Ulton"), show(cs)


def test_based_in_right_after_a_body_still_seats_that_body():
    _, cs = run("Ada Morwen joined the Tide Institute, based in Ulton, in 1990.\n")
    assert one(cs, "Tide Institute", "headquartered_in", "Ulton")


SPANISH = """Comité de Mareas | |||||
---|---|---|---|---|---|
País | Veldra | ||||
Sigla | CM | ||||
Presidente | Ada Morwen (PTV) | ||||
Composición | Committee for Tides of the North Veldran Soviet Republic, Committee for Tides of the South Veldran Soviet Republic, Committee for Tides of the East Veldran Soviet Republic y Committee for Tides of the West Veldran Soviet Republic | ||||
Entidad superior | Presídium del Consejo de Mareas (1956-1989) | ||||
El Comité de Mareas fue la agencia de mareas de Veldra.
"""


def test_a_long_key_and_value_row_with_empty_cells_after_it_is_a_field_not_a_sentence():
    _, cs = run(SPANISH)
    for side in ("North", "South", "East", "West"):
        assert one(cs, f"Committee for Tides of the {side} Veldran Soviet Republic", "part_of", "Comité de Mareas"), (
            show(cs)
        )
    c = one(cs, "Comité de Mareas", "subordinate_to", "Presídium del Consejo de Mareas")
    assert (c.start, c.end) == (1956, 1989)


RUSSIAN_MT = """Центральная комиссия приливов - Central Tide Commission

Центральная комиссия приливов
Формирование 1981 г.
Лидер
Си Морвен
Заместитель руководителя
Ли Линдквист
Головная организация
Центральный Комитет Партии Велдры
Дочерние компании Офис приливов

Центральная комиссия приливов - комиссия Центрального комитета Партии Велдры.
"""


def test_a_machine_translated_russian_infobox_gives_its_holders_written_in_cyrillic():
    _, cs = run(RUSSIAN_MT)
    assert one(cs, "Си Морвен", "leads", "Central Tide Commission").title == "Leader", show(cs)
    assert one(cs, "Ли Линдквист", "leads", "Central Tide Commission").title == "Deputy Head"
    assert one(cs, "Central Tide Commission", "subordinate_to", "Центральный Комитет Партии Велдры")
    assert one(cs, "Офис приливов", "subordinate_to", "Central Tide Commission")


MT_GERMAN = """Central office for tidal technology in the harbour area

from Wikipedia, the free encyclopedia

State level Federation
Supervisory authority Federal Ministry of the Tides
founding April 6, 2017
Headquarters Ulton , Veldra
Authority management Ada Morwen , President
Budget volume 36,721,000 euros (2019)
Web presence www.zth.example

The Central Office for Tidal Technology in the Harbour Sector ( ZTH ) is an unincorporated federal agency in the \
division of the Federal Ministry of the Tides, based in Ulton with 100 employees (April 2019). The Central Office \
for Tidal Technology advises the federal authorities.
"""


def test_a_machine_translated_german_infobox_and_a_name_that_goes_on_in_the_sector():
    _, cs = run(MT_GERMAN)
    name = "Central Office for Tidal Technology in the Harbour Sector"
    assert one(cs, name, "subordinate_to", "Federal Ministry of the Tides"), show(cs)
    assert one(cs, name, "headquartered_in", "Ulton")
    assert one(cs, "Ada Morwen", "leads", name).title == "President"
    assert one(cs, name, "alias", value="ZTH")
    assert not find(cs, "Central Office for Tidal Technology", "headquartered_in", "Ulton"), show(cs)
    assert not [c for c in cs if c.relation == "leads" and c.subject == "Ada Morwen , President"]


PORTUGUESE = """Agência de Marés
Resumo da agência | |
Formação | 7 de dezembro de 1999 (24 anos) |
Órgãos precedentes | Serviço Nacional de Marés (etc.) |
Sede | Ulton |
Executivos da agência | Ada Morwen[2], Diretor-Geral |
Agência mãe | Gabinete de Segurança da Presidência |
Agência de Marés (AM) é o serviço de marés de Veldra.
"""


def test_a_portuguese_agency_infobox_gives_its_parent_predecessor_and_executive():
    _, cs = run(PORTUGUESE)
    assert one(cs, "Agência de Marés", "subordinate_to", "Gabinete de Segurança da Presidência"), show(cs)
    assert one(cs, "Serviço Nacional de Marés", "absorbed_into", "Agência de Marés")
    assert one(cs, "Ada Morwen", "leads", "Agência de Marés")
    assert one(cs, "Agência de Marés", "founded", value="1999")


def test_a_search_boxs_label_in_chinese_characters_is_no_chinese_name():
    d, cs = run(
        "请输入您要查询的百科知识:\n\nThe Tide Association (TA) is a body of Veldra. Its chair is Ada Morwen.\n"
    )
    assert not [c for c in cs if c.relation == "name_zh"], show(cs)


CZECH = """Fronta národní jednoty - Front of Tidal Unity

Fronta národní jednoty ( polsky : Front Jedności Pływów , FJP) byla populární fronta v Veldře, která rovněž \
působila jako koalice pro dominantní stranu. Byla založena v roce 1952 jako Národní fronta.

Vedoucí představitelé: Ada Morwen (1956-1964), Bo Lindqvist (1965-1968)
"""


def test_a_translated_mirrors_title_gives_the_original_name_on_a_page_in_czech():
    d, _ = run(CZECH)
    assert d.title == "Front of Tidal Unity"


POLISH = """Agencja Pływów
Logo AP | |
Państwo | |
---|---|
Data utworzenia |
29 czerwca 2002 |
Szef |
płk Ada Morwen |
Zastępca |
mjr Bo Lindqvist |
Agencja Pływów (AP) – służba specjalna Veldry.
"""


def test_a_polish_infobox_with_each_value_in_a_cell_under_its_key_and_a_rank_in_lower_case():
    _, cs = run(POLISH)
    assert one(cs, "Ada Morwen", "leads", "Agencja Pływów").title == "Chief", show(cs)
    assert one(cs, "Bo Lindqvist", "leads", "Agencja Pływów").title == "Deputy Chief"
    assert one(cs, "Agencja Pływów", "founded", value="2002")


GERMAN_MT = """Gezeitendienst | |
---|---|
Land | Veldra |
Erstellt | 1994 |
Zuständigkeit | Verteidigungsministerium von Veldra |
Hauptquartier | Ulton , Veldra |
Supervisor | Ada Morwen |
Stellvertreter | Bo Lindqvist |
Der Gezeitendienst ist der Nachrichtendienst Veldras.
"""


def test_a_german_translation_of_a_russian_infobox_gives_jurisdiction_deputy_and_founding():
    _, cs = run(GERMAN_MT)
    assert one(cs, "Gezeitendienst", "subordinate_to", "Verteidigungsministerium von Veldra"), show(cs)
    assert one(cs, "Bo Lindqvist", "leads", "Gezeitendienst").title == "Deputy"
    assert one(cs, "Gezeitendienst", "founded", value="1994")


ITALIAN_MT = """Movimento delle maree (Veldra) -Tide Movement (Veldra)

Movimento delle maree
Abbreviazione TM
Capo Ada Morwen
Presidente Bo Lindqvist
vicepresidente Cy Rasker
Fondatore Ada Morwen
Fondato 1 gennaio 1998 ; 24 anni fa ( 1998-01-01 )
Sede centrale Via del Porto 9, Ulton
Affiliazione regionale Foro di Ulton
Affiliazione internazionale Alleanza delle Maree

Il Movimento delle maree è un partito politico di Veldra.
"""


def test_a_translated_italian_mirror_with_the_dash_glued_to_the_original_title():
    d, cs = run(ITALIAN_MT)
    assert d.title == "Tide Movement (Veldra)", show(cs)
    assert one(cs, "Cy Rasker", "leads", "Tide Movement").title == "Vice President"
    assert one(cs, "Tide Movement", "affiliated_with", "Foro di Ulton")
    assert one(cs, "Tide Movement", "affiliated_with", "Alleanza delle Maree")
    assert one(cs, "Tide Movement", "founded", value="1998")


def test_a_german_list_of_holders_with_von_bis_and_ab():
    text = "Gezeitenrat\n\nDer Gezeitenrat ist ein Komitee der Partei der Gezeiten.\n\nVorsitzende\n"
    text += "- Ada Morwen (1961–1989)\n- Bo Lindqvist von 1990 bis 1998\n- Cy Rasker ab Februar 1999\n"
    _, cs = run(text)
    c = one(cs, "Bo Lindqvist", "leads", "Gezeitenrat")
    assert (c.title, c.start, c.end) == ("Chairman", 1990, 1998), show(cs)
    assert one(cs, "Cy Rasker", "leads", "Gezeitenrat").start == 1999
