"""Rosters and lists that lost their markup (issue 10): each a general layout rule, each on an
invented page (fictional bodies, people and places).

* a run of lines "Name, Post" / "Name – Post", or a name with its post on the next line, with no
  bullets: each person holds the post, of the body it names or else of the page's body; a line
  over the run that says it is a body's make-up ("Its members are:") seats each person on it;
* an infobox's keys and values ("Chairman" / "Ada Morn") are no roster, though they alternate too, nor is
  a key and its value parted by a space ("Headquarters Ulton" over "President"); "Area served" is a key;
* an officeholder table whose header has columns of notes the reader does not know, its rows
  ending on names, is read as a table, not as one wrapped sentence; a row cut inside its month;
* a directory's entry with no title line: the body's name over its street address.
"""

from __future__ import annotations

from claim_helpers import none, one, run, show

COUNCIL = "Tide Security Council\n\nThe Tide Security Council is the highest security body of Veldra.\n\n"


def test_roster_lines_with_a_comma_and_a_members_line():
    text = COUNCIL + (
        "Its members are:\n\n"
        "General Ada Morn, Minister of Tides of Veldra\n\n"
        "Colonel Bo Lin, the head of the State Border Service, Commander of the Coast Troops\n\n"
        "Ivo Lenz, Head of the Presidential Office\n"
    )
    _, cs = run(text)
    one(cs, "Ada Morn", "leads", "Ministry of Tides of Veldra")
    one(cs, "Bo Lin", "leads", "State Border Service")
    one(cs, "Bo Lin", "leads", "Coast Troops")
    one(cs, "Ivo Lenz", "leads", "Presidential Office")
    for person in ("Ada Morn", "Bo Lin", "Ivo Lenz"):
        one(cs, person, "part_of", "Tide Security Council")


def test_roster_of_names_over_posts_leads_the_page_body():
    text = (
        "Tide Agency\n\nThe Tide Agency is the security service of Veldra.\n\nLeadership\n\n"
        "Ada Morn\nDirector General\n\nBo Lin\nDeputy Director General\n\nIvo Lenz\nHead of the Legal Department\n"
    )
    _, cs = run(text)
    assert one(cs, "Ada Morn", "leads", "Tide Agency").title == "Director General", show(cs)
    assert one(cs, "Bo Lin", "leads", "Tide Agency").title == "Deputy Director General", show(cs)
    one(cs, "Ivo Lenz", "leads", "Legal Department")
    none(cs, "Bo Lin", "leads", "Legal Department")


def test_roster_bullets_with_a_dash():
    text = (
        "Tide Agency\n\nThe Tide Agency is the security service of Veldra.\n\nManagement\n\n"
        "• Ada Morn – Director General\n• Bo Lin – Deputy Director General\n• Ivo Lenz – Director, Legal Department\n"
    )
    _, cs = run(text)
    one(cs, "Ada Morn", "leads", "Tide Agency")
    one(cs, "Bo Lin", "leads", "Tide Agency")
    one(cs, "Ivo Lenz", "leads", "Legal Department")
    none(cs, "Ivo Lenz", "leads", "Tide Agency")


def test_one_line_is_no_roster():
    text = COUNCIL + "Its founder was a sailor.\n\nAda Morn, Minister of Tides\n\nThe council meets twice a year.\n"
    _, cs = run(text)
    none(cs, "Ada Morn", "part_of", "Tide Security Council")


def test_infobox_keys_over_values_are_no_roster():
    text = (
        "Tide League\n\nOfficial language\nTidal, Sandish\nChairman\nAda Morn\n"
        "First Vice-Chairman\nBo Lin\nVice-Chairman\nIvo Lenz\n"
    )
    _, cs = run(text)
    assert one(cs, "Ada Morn", "leads", "Tide League").title == "Chairman", show(cs)
    assert one(cs, "Ivo Lenz", "leads", "Tide League").title == "Vice-Chairman", show(cs)
    assert not [c for c in cs if c.subject == "Bo Lin" and c.title == "Chairman"], show(cs)


def test_table_with_unknown_columns_and_rows_ending_on_names():
    text = (
        "Leadership of the Tide Agency\n\nBelow is a list of directors of the Tide Agency, and the terms in office.\n\n"
        "List of Tide Agency directors[edit]\n\n"
        "Photo Name Term of Office Presidential Administration(s) Significant events\n"
        "Ada P. Morn.jpg Dr. Ada P. Morn May 1961-June 1963[1] Lind Co-director\n"
        "Bo Lin.jpg Mr. Bo Lin June 1963-March 1969 Lind/Rask First director\n"
        "Ivo K. Lenz 2.PNG Mr. Ivo K. Lenz March 1969 to December 1975 Rask\n"
        "Cy Rask.jpg Mr. Cy Rask Decemb"
    )
    _, cs = run(text)
    c = one(cs, "Bo Lin", "leads", "Tide Agency")
    assert (c.start, c.end) == (1963, 1969), show(cs)
    one(cs, "Ada P. Morn", "leads", "Tide Agency")
    one(cs, "Ivo K. Lenz", "leads", "Tide Agency")
    one(cs, "Cy Rask", "leads", "Tide Agency")


def test_directory_entry_without_a_title_line():
    text = (
        "Getting Started\n\nTo begin searching within the\nTide Manual simply type\nin a keyword or phrase\n"
        "to find your match.\n\n\nVeldra Agency for Tide Media\n\n330 Harbour Avenue SW., Veldra City, VC 20237\n\n"
        "202-203-4545\nhttp://www.vatm.gov\n\nOffice of the Director\n\n"
        "CHIEF EXECUTIVE OFFICERAda Morn, Acting\nDeputy DirectorBo Lin\n"
    )
    doc, cs = run(text)
    assert doc.title == "Veldra Agency for Tide Media"
    one(cs, "Ada Morn", "leads", "Veldra Agency for Tide Media")
    one(cs, "Bo Lin", "leads", "Veldra Agency for Tide Media")


def test_roster_in_a_pipe_table_without_dates():
    text = (
        "Tide Agency\n\nThe Tide Agency is the security service of Veldra.\n\nLeadership\n\n"
        "| Name | Designation |\n|---|---|\n| Ada Morn | Director General |\n| Bo Lin | Deputy Director General |\n"
        "| Ivo Lenz | Director, Legal Department |\n"
    )
    _, cs = run(text)
    assert one(cs, "Ada Morn", "leads", "Tide Agency").title == "Director General", show(cs)
    one(cs, "Bo Lin", "leads", "Tide Agency")
    one(cs, "Ivo Lenz", "leads", "Legal Department")


def test_numbered_roster_with_dot_leaders_under_a_members_line():
    text = (
        "Tide Council\n\nThe Tide Council is the top body of the Tide Party.\n\n"
        "Members of the Tide Council (five members):\n\n"
        "1. Ada Morn ........ Chairman\n2. Bo Lin ........ Minister of Tides\n3. Ivo Lenz ........ Head of the Sand Office\n"
    )
    _, cs = run(text)
    assert one(cs, "Ada Morn", "leads", "Tide Council").title == "Chairman", show(cs)
    one(cs, "Bo Lin", "leads", "Ministry of Tides")
    one(cs, "Ivo Lenz", "leads", "Sand Office")
    for person in ("Ada Morn", "Bo Lin", "Ivo Lenz"):
        one(cs, person, "part_of", "Tide Council")


def test_members_with_their_ages():
    text = (
        "Tide Party\n\nThe Tide Party is the ruling party.\n\nTide Council (five members):\n"
        "Ada Morn, 69\nBo Lin, 63\nIvo Lenz, 65, state councilor and minister of tides\n"
    )
    _, cs = run(text)
    for person in ("Ada Morn", "Bo Lin", "Ivo Lenz"):
        one(cs, person, "part_of", "Tide Council")
    none(cs, "Ada Morn", "part_of", "Tide Party")


def test_roster_with_initials_service_letters_and_bodies_in_the_post_cell():
    text = (
        "Ministry of Tides (Veldra)\nThe Ministry of Tides is a ministry of the Government of Veldra.\n"
        "Senior officials\nName | Designation |\nAda Morn, VAS | Tide Secretary |\nC.D. Rask, VPS | Special Secretary |\n"
        "Sea agencies\nChiefs of the agencies report to the Minister.Designation | |\n"
        "Ivo Lenz, VPS | Director of the Sea Bureau |\nEd Fay, VPS | Director General, Coast Guard Force |\n"
    )
    _, cs = run(text)
    assert one(cs, "Ada Morn", "leads", "Ministry of Tides").title == "Tide Secretary", show(cs)
    one(cs, "C.D. Rask", "leads", "Ministry of Tides")
    one(cs, "Ivo Lenz", "leads", "Sea Bureau")
    one(cs, "Ed Fay", "leads", "Coast Guard Force")


def test_post_first_roster_with_ellipsis_leaders_and_portfolio_posts():
    text = (
        "Tide Front\n\nThe Tide Front is the ruling party of Veldra.\n\n"
        "1. National Chairperson…………………………. Cde O.C.Z. Lind\n"
        "2. Secretary for Administration………………. Cde Dr. O.M. Rask\n"
        "3. Secretary for the Sea Guard Bureau ……… Cde Adv. J.F. Holt\n"
    )
    _, cs = run(text)
    assert one(cs, "O.C.Z. Lind", "leads", "Tide Front").title == "National Chairperson", show(cs)
    assert one(cs, "O.M. Rask", "leads", "Tide Front").title == "Secretary for Administration", show(cs)
    none(cs, "O.M. Rask", "leads", "Administration")
    one(cs, "J.F. Holt", "leads", "Sea Guard Bureau")


def test_composed_of_a_number_of_departments_then_described_items():
    _, cs = run(
        "Tide Front\n\nThe Tide Front is a popular front of Veldra. By 1985 the front was composed of four major "
        "departments: the Sea Police Department, responsible for law enforcement; the Harbour Police Department, "
        "responsible for traffic control; and the Counterespionage Department, responsible for investigations.\n"
    )
    for unit in ("Sea Police Department", "Harbour Police Department", "Counterespionage Department"):
        one(cs, unit, "part_of", "Tide Front")


def test_a_number_of_units_then_namely_and_their_names():
    _, cs = run(
        "Tide Institute\n\nThe Tide Institute (TI) is a think tank in Veldra. TI comprises three institutes, namely, "
        "the Institute for Sea Studies, Institute for Sand Studies, and Institute for Reef Studies. It also has three "
        "centers for area studies, namely, Center for Ulton Studies, Center for Kessel Studies and Center for Arden "
        "Studies.\n"
    )
    for unit in ("Institute for Sea Studies", "Institute for Sand Studies", "Institute for Reef Studies"):
        one(cs, unit, "part_of", "Tide Institute")
    for unit in ("Center for Ulton Studies", "Center for Kessel Studies", "Center for Arden Studies"):
        one(cs, unit, "part_of", "Tide Institute")  # "X and Center for Y": two names of one head word


def test_a_label_before_a_dash_is_no_holder():
    text = (
        "Tide Agency directors\n\nAda Morn\n\n- Military Career - Rear Admiral, Veldran Navy; Deputy Chief of Sea Intelligence\n\n"
        "- Later Career - first Executive Secretary, Tide Security Council (1947-1950)\n"
    )
    _, cs = run(text)
    assert not [c for c in cs if "Career" in c.subject], show(cs)


def test_post_first_lines_with_a_rank_before_the_name():
    text = (
        "Tide Office\n\nThe Tide Office is the security service of Veldra.\n\nLeadership and units\n\n"
        "  1. Director General - Lieutenant General Ada Morn\n  2. Deputy Director General - Colonel Bo Lin\n"
        "  3. Head of the Sea Directorate - Ivo Lenz\n"
    )
    _, cs = run(text)
    assert one(cs, "Ada Morn", "leads", "Tide Office").title == "Director General", show(cs)
    one(cs, "Bo Lin", "leads", "Tide Office")
    one(cs, "Ivo Lenz", "leads", "Sea Directorate")


def test_names_alone_under_a_members_line_or_heading():
    _, cs = run(
        "Tide Party\n\nThe Tide Party is the ruling party of Veldra.\n\n"
        "Members of the Political Bureau:\n-Ada Morn\n-Bo Lin\n-Ivo Lenz\n"
    )
    for person in ("Ada Morn", "Bo Lin", "Ivo Lenz"):  # (an organ named alone: the page's party's)
        one(cs, person, "part_of", "Political Bureau of the Tide Party")
    _, cs = run(
        "Fourth Politburo of the Tide Party\n\nThe Fourth Politburo was elected in 1986.\n\n"
        "Members[edit]\n\n1. Ada Morn[1]\n2. Bo Lin[2]\n3. Ivo Lenz[3]\n"
    )
    for person in ("Ada Morn", "Bo Lin", "Ivo Lenz"):
        one(cs, person, "part_of", "Fourth Politburo of the Tide Party")


def test_names_alone_without_a_members_line_say_nothing():
    _, cs = run(
        "Tide Party\n\nThe Tide Party is the ruling party of Veldra.\n\nSee also\n\nAda Morn\nBo Lin\nIvo Lenz\n"
    )
    assert not [c for c in cs if c.subject in ("Ada Morn", "Bo Lin", "Ivo Lenz")], show(cs)


def test_glued_infobox_key_and_a_name_then_a_key_is_no_roster():
    text = (
        "Tide Foundation for Sea Studies\nAbbreviationTFSS\nHeadquartersUlton, Veldra\nLeaderAda Morn\n"
        "Vice President\nBo Lin\nParent organization\nMinistry of Tides\n"
    )
    _, cs = run(text)
    assert one(cs, "Ada Morn", "leads", "Tide Foundation for Sea Studies").title == "Leader", show(cs)
    assert one(cs, "Bo Lin", "leads", "Tide Foundation for Sea Studies").title == "Vice President", show(cs)


def test_members_listed_in_a_sentence():
    for sentence in (
        "The council's members are Ada Morn, Bo Lin and Ivo Lenz.",
        "The Tide Council has nine members: Ada Morn, Bo Lin and Ivo Lenz.",
    ):
        _, cs = run(COUNCIL + sentence + "\n")
        for person in ("Ada Morn", "Bo Lin", "Ivo Lenz"):
            one(cs, person, "part_of", "Tide Security Council" if "council's" in sentence else "Tide Council")
    _, cs = run(COUNCIL + "The Sand League has members in ten countries: Veldra and Ulton.\n")
    assert not [c for c in cs if c.relation == "part_of"], show(cs)


def test_a_designation_list_whose_items_give_capitalised_posts():
    _, cs = run(
        "Veldra sanctions\n\nThe Tide Office (TO) is designating: Ada Morn, Veldra's Minister of Tides; Bo Lin, the "
        "deputy commander of the Sea Guard; Ivo Lenz, the head of the Sand Office; and Cy Rask, a senior official.\n"
    )
    for person in ("Ada Morn", "Bo Lin", "Ivo Lenz", "Cy Rask"):
        one(cs, "Tide Office", "targets", person)
    one(cs, "Bo Lin", "leads", "Sea Guard")


def test_these_key_agencies_include_and_markdown_bold_bullets():
    _, cs = run(
        "Tide Department\n\nThe Tide Department (TD) is comprised of three main components that carry out its "
        "mission. These key agencies include Sea Guard Agency (SGA), Sand Office (SO), and the Harbour Police "
        "Service (HPS).\n"
    )
    for unit in ("Sea Guard Agency", "Sand Office", "Harbour Police Service"):
        one(cs, unit, "part_of", "Tide Department")
    _, cs = run(
        "Tide Department\n\nThe Tide Department is the security ministry of Veldra.\n"
        "### What are the main components within the TD structure?\nThe department is divided into **components**:\n"
        "* **Sea Guard Agency (SGA):** Responsible for securing the coast.\n"
        "* **Sand Office (SO):** Responsible for the dunes.\n"
    )
    one(cs, "Sea Guard Agency", "part_of", "Tide Department")
    one(cs, "Sand Office", "part_of", "Tide Department")
    assert not [c for c in cs if c.relation == "absorbed_into"], show(cs)  # "is divided into": its structure


def test_unit_bullets_lose_their_dash_and_their_closing_comma():
    _, cs = run(
        "Tide Guard Troops\n\nThe Tide Guard Troops are a military force.\n\nUnits\n"
        "  • — Sea Patrol Command,\n  • Aviation Command of the Tide Guard,\n  • Medical Directorate of the Tide Guard.\n"
    )
    for unit in ("Sea Patrol Command", "Aviation Command of the Tide Guard", "Medical Directorate of the Tide Guard"):
        assert one(cs, unit, "part_of", "Tide Guard Troops").subject == unit, show(cs)


def test_a_revision_page_title_and_a_key_people_line_with_a_capitalised_post():
    doc, cs = run(
        'Difference between revisions of "Tide Intelligence Organisation"\n\nLine 58: Line 58:\n'
        "[[Category:Government Departments]]\n\nLatest revision as of 07:24, 10 September 2018\n\n"
        "Tide Intelligence Organisation\nTrading name\nTide Intelligence Organisation\nFounded1980 (1980)\n"
        "HeadquartersSea Building, Ulton, Veldra\nKey people\nAda Morn, TIO Director General\n"
        "ParentGovernment of Veldra\n\nThe Tide Intelligence Organisation otherwise known as the TIO is an arm of "
        "the security sector.\n\nBo Lin is the head of the TIO and is referred to as a director general.\n"
    )
    assert doc.title == "Tide Intelligence Organisation"
    one(cs, "Tide Intelligence Organisation", "subordinate_to", "Government of Veldra")
    one(cs, "Ada Morn", "leads", "Tide Intelligence Organisation")
    none(cs, "Bo Lin", "subordinate_to", "Government of Veldra")


def test_an_office_pages_glued_deputy_key_stays_a_field():
    _, cs = run(
        "Director of Tides\n\nThe Director of Tides (DT) is the official of Veldra who heads the Tide Community.\n\n"
        "  • Serving as the head of the Tide Community; and\n  • Overseeing the Tide Program.\nDirector of Tides\n"
        "Seal of the Director of Tides\nIncumbent\nAda Morn\n\nsince January 21, 2021\nVeldran Tide Community\n"
        "Member ofCabinet\nReports toPresident of Veldra\nSeatUlton\nAppointerThe President\nFormationApril 22, 2005\n"
        "First holderIvo Lenz\nDeputyBo Lin, Principal Deputy Director\nWebsitewww.tides.gov\n"
    )
    assert one(cs, "Bo Lin", "leads", "Tide Community").title == "Deputy", show(cs)


def test_bullets_of_posts_over_bullets_of_their_holders():
    _, cs = run(
        "Tide Security Commission\n\nThe Tide Security Commission (TSC) of the Tide Party was established in 2013.\n\n"
        "Membership\n- Chairman\n- Ada Morn, General Secretary of the Tide Party, President of Veldra[4]\n"
        "- Vice Chairmen\n- Bo Lin, Premier\n- Ivo Lenz, Chairman of the Tide Assembly\n"
        "- Members\n- Cy Rask, Secretary of the Sand Commission\n- Ed Fay, Minister of Tides\n"
    )
    assert one(cs, "Ada Morn", "leads", "Tide Security Commission").title == "Chairman", show(cs)
    one(cs, "Ada Morn", "leads", "Tide Party")
    none(cs, "Ada Morn", "leads", "Veldra")
    assert one(cs, "Bo Lin", "leads", "Tide Security Commission").title == "Vice Chairman", show(cs)
    one(cs, "Ivo Lenz", "leads", "Tide Assembly")
    one(cs, "Cy Rask", "part_of", "Tide Security Commission")
    one(cs, "Ed Fay", "part_of", "Tide Security Commission")
    assert not [c for c in cs if "," in c.subject], show(cs)


def test_an_infobox_key_and_value_parted_by_a_space_are_no_holder_over_a_post():
    # "Headquarters Ulton" over "President" / "Ada Morn": a key and its value, then a key alone over its holder
    _, cs = run(
        "Tide Institute\n\nTide Institute\nType Think tank\nHeadquarters Ulton\nPresident\nAda Morn\nSecretary General\n"
        "Bo Lin\nArea served\nWorldwide\n\nThe Tide Institute is a think tank.\n"
    )
    assert one(cs, "Ada Morn", "leads", "Tide Institute").title == "President", show(cs)
    assert one(cs, "Bo Lin", "leads", "Tide Institute").title == "Secretary-General", show(cs)
    one(cs, "Tide Institute", "headquartered_in", "Ulton")
    assert not [c for c in cs if "Headquarters" in c.subject or c.object == "Area served"], show(cs)


def test_a_roster_of_chiefs_a_hyphened_post_a_comma_and_the_body_with_its_abbreviation():
    # "Mr. Ada Morn – Director-General, Tide Broadcasting Commission (TBC": the post's hyphen kept no comma
    # in the title, and the abbreviation (its closing parenthesis lost) is no part of the body's name
    _, cs = run(
        "Ulton, Jan 2 - The Minister of Tides announced new chiefs.\nThe new Chief Executives are:\n"
        "- Mr. Ada Morn – Director-General, Tide Broadcasting Commission (TBC\n"
        "2. Dr. Cy Lo, Director-General, Tide Orientation Agency (TOA)\n"
        "3. Mr. Dan Ruel – Managing Director, News Agency of Veldra (NAV)\n"
    )
    assert one(cs, "Ada Morn", "leads", "Tide Broadcasting Commission").title == "Director-General", show(cs)
    one(cs, "Cy Lo", "leads", "Tide Orientation Agency")
    one(cs, "Dan Ruel", "leads", "News Agency of Veldra")
