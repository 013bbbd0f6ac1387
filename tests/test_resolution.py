"""Resolution an analyst can defend: which names become one entity, why (``merges``), and ids
that do not move. Every document here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

import orgnet
from orgnet.names import slugify


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


BUREAU = (
    "Bureau of Tests\n\nThe Bureau of Tests is a state body of Ruritania. Ada Li has been the director "
    "of the Bureau of Tests since 2001. The Bureau of Tests is subordinate to the Ministry of Widgets.\n"
)


# --- claim ids ---------------------------------------------------------------------------------


def test_claim_ids_are_unique_and_name_the_file_with_its_extension(tmp_path):
    corpus = _write(tmp_path / "c", {"dup.txt": BUREAU, "dup.TXT": BUREAU, "dup.md": BUREAU})
    claims = orgnet.build(corpus, jobs=1).claims
    assert claims["claim_id"].is_unique
    for doc, ids in claims.groupby("doc")["claim_id"]:
        assert all(i.startswith(f"{doc}:") for i in ids), (doc, list(ids))
    assert claims.groupby("doc").size().nunique() == 1  # three copies, three sets of claims


def test_a_claim_keeps_its_id_when_other_claims_appear(tmp_path):
    # a new rule (or a curation) finds one more claim in the same text: the others keep their ids
    from dataclasses import replace

    from orgnet.pipeline import parse_one
    from orgnet.resolve import resolve
    from orgnet.tables import make_tables

    doc, claims = parse_one(_write(tmp_path / "a", {"b.txt": BUREAU}) / "b.txt")
    extra = replace(claims[0], relation="funded_by", object="Widget Trust", value="")
    ids = {}
    for found in (claims, [extra, *claims]):
        t = make_tables([doc], {doc.doc: found}, resolve(found))
        ids[len(found)] = list(t.claims["claim_id"])
    assert len(claims) >= 2
    assert ids[len(claims) + 1][1:] == ids[len(claims)]
    assert ids[len(claims) + 1][0] not in ids[len(claims)]


# --- slugs --------------------------------------------------------------------------------------


def test_slugs_keep_word_boundaries_for_any_dash_or_script():
    assert slugify("Ruritania–Elbonia Exchange Foundation") == "ruritania-elbonia-exchange-foundation"
    assert slugify("Ruritania—Elbonia") == slugify("Ruritania-Elbonia") == "ruritania-elbonia"
    assert slugify("Workers’ Union") == slugify("Workers' Union") == "workers-union"
    assert slugify("Связь Бюро") == "связь-бюро"


# --- merges -------------------------------------------------------------------------------------


def test_the_merge_log_explains_every_merge_of_the_seeds(seeds_build):
    import networkx as nx

    from orgnet.names import name_key
    from orgnet.resolve import RULES

    m, nodes, claims = seeds_build.merges, seeds_build.nodes, seeds_build.claims
    assert len(m) > 0 and set(m["rule"]) <= set(RULES)
    assert set(m["entity"]) <= set(nodes["id"])
    stated = m[m["claim_id"] != ""]
    assert set(stated["claim_id"]) <= set(claims["claim_id"])  # each claim-based union leads to its claim
    by_id = claims.set_index("claim_id")
    for row in stated.itertuples():
        assert by_id.loc[row.claim_id, "doc"] == row.doc
    for node in nodes.itertuples():
        names = {name_key(n) for n in [node.label, *node.aliases.split(";")] if n}
        if len(names) < 2:
            continue
        rows = m[m["entity"] == node.id]
        g = nx.Graph((name_key(a), name_key(b)) for a, b in zip(rows["name"], rows["other_name"]))
        assert name_key(node.label) in g, node.id
        explained = nx.node_connected_component(g, name_key(node.label))
        assert names <= explained, (node.id, names - explained)  # a chain of logged unions joins every name


# --- precision: names that must not join ----------------------------------------------------------


def _node_of(tables, name: str) -> str:
    """The id of the node whose label or an alias is ``name`` (exactly one)."""
    hits = [r.id for r in tables.nodes.itertuples() if name == r.label or name in r.aliases.split(";")]
    assert len(hits) == 1, (name, hits)
    return hits[0]


def test_one_acronym_for_two_bodies_in_two_documents_gives_two_nodes(tmp_path):
    t = orgnet.build(
        _write(
            tmp_path / "c",
            {
                "lunar.txt": "Institute of Lunar Dynamics\n\nThe Institute of Lunar Dynamics (ILD) is a research institute "
                "in Elbonia. The ILD is funded by the Elbonian Space Agency.\n",
                "liaison.txt": "International Liaison Department\n\nThe International Liaison Department (ILD) is a department "
                "of the Ruritanian Workers' Party. The ILD is headquartered in Strelsau.\n",
            },
        ),
        jobs=1,
    )
    lunar, liaison = _node_of(t, "Institute of Lunar Dynamics"), _node_of(t, "International Liaison Department")
    assert lunar != liaison
    e = t.edges
    assert set(e[e["relation"] == "funded_by"]["source"]) == {lunar}
    assert set(e[e["target"].str.contains("strelsau")]["source"]) == {liaison}
    assert not (t.merges["entity"].isin([lunar, liaison]) & (t.merges["rule"] == "same_acronym")).any()


def test_an_acronym_one_document_defines_joins_its_bare_use_elsewhere(tmp_path):
    t = orgnet.build(
        _write(
            tmp_path / "c",
            {
                "a.txt": "Bureau of Tests\n\nThe Bureau of Tests (BOTX) is a state body of Elbonia.\n",
                "b.txt": "Widget Works\n\nThe Widget Works is supervised by the BOTX.\n",
            },
        ),
        jobs=1,
    )
    bureau = _node_of(t, "Bureau of Tests")
    assert set(t.edges["target"]) == {bureau}
    assert "same_acronym" in set(t.merges[t.merges["entity"] == bureau]["rule"])


def test_an_organ_named_after_two_names_of_one_body_is_one_organ(tmp_path):
    # "Politburo of the PTM" (where a.txt defines the PTM) and "Politburo of the Popular Tide Movement"
    t = orgnet.build(
        _write(
            tmp_path / "c",
            {
                "a.txt": "Popular Tide Movement\n\nThe Popular Tide Movement (PTM) is the ruling party of Veldra.\n\n"
                "Ada Morn is a member of the Politburo of the PTM.\n",
                "b.txt": "Bo Lin\n\nBo Lin is a politician of Veldra. He is a member of the Politburo of the Popular "
                "Tide Movement.\n",
            },
        ),
        jobs=1,
    )
    organ = _node_of(t, "Politburo of the Popular Tide Movement")
    assert set(t.edges["target"]) == {organ}
    assert "organ_of_alias" in set(t.merges[t.merges["entity"] == organ]["rule"])


def test_an_unknown_acronym_joins_a_name_whose_small_words_it_skips():
    # "with" is among names.yaml's acronym_small_words: "SVH" is spelt by "Society with Veldra Harbour"
    from orgnet.extract import Claim
    from orgnet.resolve import Resolver

    docs = {
        "a.txt": [Claim("Society with Veldra Harbour", "subordinate_to", "Ministry of Tides", doc="a.txt")],
        "b.txt": [Claim("SVH", "based_in", value="Ulton", doc="b.txt")],
    }
    r = Resolver()
    for doc, cs in docs.items():
        r.scope(doc, cs)
    for cs in docs.values():
        r.see(cs)
    res = r.result()
    assert res.id_of("SVH") == res.id_of("Society with Veldra Harbour") == "society-with-veldra-harbour"


def test_bodies_of_two_countries_never_merge_on_a_generic_name(tmp_path, seeds_dir):
    import shutil

    corpus = tmp_path / "c"
    shutil.copytree(seeds_dir, corpus)
    (corpus / "vietnam.txt").write_text(
        "International Department (Vietnam)\n\n"
        "The International Department (ID) of the Central Committee of the Communist Party of Vietnam is the "
        "party's body for foreign relations. The International Department is headquartered in Hanoi. "
        "It works with the Ministry of Public Security on the safety of party delegations. "
        "The Ministry of Public Security of Vietnam is headquartered in Hanoi.\n",
        encoding="utf-8",
    )
    t = orgnet.build(corpus, jobs=1)
    seeds = orgnet.build(seeds_dir, jobs=1)
    ild = _node_of(seeds, "International Liaison Department")
    assert _node_of(t, "International Liaison Department") == ild
    hanoi = t.edges[t.edges["target"].str.contains("hanoi")]
    assert len(hanoi) >= 1 and ild not in set(hanoi["source"])  # Vietnam's department is not the ILD
    china_mps = _node_of(seeds, "Ministry of Public Security")
    assert china_mps not in set(hanoi["source"])  # nor is its ministry China's
    vietnamese = {r.id for r in t.nodes.itertuples() if "Vietnam" in r.label or "Vietnam" in r.aliases}
    chinese = set(seeds.nodes["id"])
    assert vietnamese and not vietnamese & chinese
    assert "Vietnam" not in t.nodes.set_index("id").loc[ild, "aliases"]


def test_a_generic_name_two_documents_place_in_two_countries_is_two_bodies(tmp_path):
    # neither document qualifies "Special Branch" by its country; each places it under a body that does
    def page(country: str, city: str) -> str:
        return (
            f"{country} Police\n\nThe {country} Police is the national police service of {country}. "
            f"The Special Branch is a unit of the {country} Police. The Special Branch is headquartered in {city}.\n"
        )

    t = orgnet.build(
        _write(
            tmp_path / "c",
            {
                "kenya.txt": page("Kenya", "Nairobi"),
                "peru.txt": page("Peru", "Lima"),
                # a second Kenyan page, and one that places the name nowhere: both join Kenya's
                "kenya2.txt": "Special Branch\n\nThe Special Branch is part of the Kenya Police. "
                "The Special Branch was founded in 1952.\n",
                "nowhere.txt": "Widget Review\n\nThe Widget Review is published by the Special Branch.\n",
            },
        ),
        jobs=1,
    )
    hq = t.edges[t.edges["relation"] == "headquartered_in"].set_index("target_label")["source"]
    assert hq["Nairobi"] != hq["Lima"]
    # two nodes, each labelled by its state, the name they share an alias of both
    branches = t.nodes[t.nodes["label"].str.startswith("Special Branch")]
    assert sorted(branches["label"]) == ["Special Branch (Kenya)", "Special Branch (Peru)"]
    assert all("Special Branch" in str(a).split(";") for a in branches["aliases"])
    parts = t.edges[t.edges["relation"].isin(["part_of", "subordinate_to"])]
    by_parent = parts.groupby("target_label")["source"].apply(set).to_dict()
    assert by_parent["Kenya Police"] == {hq["Nairobi"]}
    assert by_parent["Peru Police"] == {hq["Lima"]}
    assert t.edges[t.edges["relation"] == "publishes"]["source"].nunique() == 1
    rules = t.merges[t.merges["entity"].isin([hq["Nairobi"], hq["Lima"]])]["rule"]
    assert set(rules) == {"same_name"}  # each rejoin is in the merge log


def test_a_generic_name_on_pages_set_in_two_states_is_two_bodies(tmp_path):
    # no relation places "National Intelligence Agency" anywhere; each page's sentences name its state
    def page(country: str, demonym: str, head: str, city: str) -> str:
        return (
            f"{country} names spy chief\n\n{demonym} President Ada Morn on Monday named {head} as head of the "
            f"National Intelligence Agency (NIA). The NIA is headquartered in {city}, {country}.\n"
        )

    pages = {"a.txt": page("Indonesia", "Indonesian", "Budi Santoso", "Jakarta")}
    pages["b.txt"] = page("Nigeria", "Nigerian", "Ahmed Bello", "Abuja")
    t = orgnet.build(_write(tmp_path / "c", pages), jobs=1)
    leads = t.edges[t.edges["relation"] == "leads"].set_index("source_label")["target_label"]
    assert leads["Budi Santoso"] == "National Intelligence Agency (Indonesia)"
    assert leads["Ahmed Bello"] == "National Intelligence Agency (Nigeria)"


@pytest.mark.parametrize("country", ["Cuba", "Korea"])  # "Korea": a name two states share
def test_a_bare_alias_of_one_country_s_body_is_not_another_country_s_qualified_body(tmp_path, country):
    # "Patriotic Union" is only an alias of the first body; "Vietnamese Patriotic Union" is not it
    t = orgnet.build(
        _write(
            tmp_path / "c",
            {
                "a.txt": f"Democratic Front for the Unity of {country}\n\nThe Democratic Front for the Unity of "
                f"{country} (DFU), also known as the Patriotic Union, is a popular front. It was founded in 1949.\n",
                "b.txt": "Vietnamese Patriotic Union\n\nThe Vietnamese Patriotic Union (VPU) is an umbrella group "
                "of mass movements. It is led by the Communist Party of Vietnam.\n",
            },
        ),
        jobs=1,
    )
    front = t.nodes[t.nodes["label"] == f"Democratic Front for the Unity of {country}"]
    assert len(front) == 1
    assert "Vietnamese Patriotic Union" not in front["aliases"].iloc[0].split(";")
    assert "Patriotic Union" in front["aliases"].iloc[0].split(";")
    assert (t.nodes["label"] == "Vietnamese Patriotic Union").sum() == 1


def test_two_people_with_one_name_in_two_countries_are_two_nodes(tmp_path):
    t = orgnet.build(
        _write(
            tmp_path / "c",
            {
                "a.txt": "Canadian Widget Service\n\nThe Canadian Widget Service is a state body. "
                "John Smith has been the director of the Canadian Widget Service since 2001.\n",
                "b.txt": "Australian Gadget Board\n\nThe Australian Gadget Board is a state body. "
                "John Smith has been the chairman of the Australian Gadget Board since 2010.\n",
                "c.txt": "Canadian Widget Service history\n\nThe Canadian Widget Service was founded in 1984. "
                "John Smith was the deputy director of the Canadian Widget Service from 1995 to 2001.\n",
            },
        ),
        jobs=1,
    )
    smiths = t.nodes[t.nodes["label"] == "John Smith"]
    assert len(smiths) == 2
    leads = t.edges[t.edges["relation"] == "leads"]
    by_person = leads.groupby("source")["target_label"].apply(set).to_dict()
    assert sorted(map(sorted, by_person.values())) == [["Australian Gadget Board"], ["Canadian Widget Service"]]


def test_a_renamed_body_is_one_node_with_its_old_name_as_alias(tmp_path):
    t = orgnet.build(
        _write(
            tmp_path / "c",
            {
                "a.txt": "Bureau of Widget Research\n\nThe Bureau of Widget Research is a research body of Elbonia. "
                "It was founded in 1950 as the Institute of Widget Studies and was renamed the Bureau of Widget "
                "Research in 1990.\n",
                "b.txt": "Widget Works\n\nIn 1970, the Institute of Widget Studies took over the Widget Works.\n",
            },
        ),
        jobs=1,
    )
    bureau = _node_of(t, "Bureau of Widget Research")
    assert _node_of(t, "Institute of Widget Studies") == bureau
    assert set(t.merges[t.merges["entity"] == bureau]["rule"]) & {"former_name", "alias"}


# --- stable ids ---------------------------------------------------------------------------------

UNRELATED = [
    ("Harbour Pilots' Guild of Elbonia", "Port Authority of Elbonia", "Mara Quint"),
    ("Ruritanian Beekeepers Association", "Ministry of Agriculture of Ruritania", "Olaf Brenn"),
    ("Strelsau Chess Academy", "Ruritanian Chess Federation", "Ilse Varga"),
    ("Northern Lighthouse Trust", "Coastal Board of Elbonia", "Pia Lund"),
    ("Elbonian Institute of Glassworks", "Elbonian Academy of Crafts", "Tomas Reel"),
    ("Zenda Orchestra Society", "Ruritanian Arts Council", "Vera Holm"),
    ("Bureau of Tide Tables", "Elbonian Naval Office", "Karl Aske"),
    ("Ruritanian Railway Museum", "State Railways of Ruritania", "Lena Dorn"),
    ("Elbonian Seed Bank", "Elbonian Agricultural Council", "Ivo Marsh"),
    ("Strelsau Film Archive", "Ruritanian Ministry of Culture", "Nina Fjell"),
]


def test_adding_unrelated_documents_moves_no_seed_id(tmp_path, seeds_dir, orgnet_cli):
    import shutil

    corpus, out = tmp_path / "c", tmp_path / "out"
    shutil.copytree(seeds_dir, corpus)
    assert orgnet_cli("build", str(corpus), "--out", str(out), "--no-progress").returncode == 0
    before = orgnet.read_tables(out)
    for i, (body, parent, head) in enumerate(UNRELATED):
        (corpus / f"new_{i:02d}.txt").write_text(
            f"{body}\n\nThe {body} is subordinate to the {parent}. {head} has been the director of the {body} "
            f"since {1990 + i}. The {body} was founded in {1950 + i}.\n",
            encoding="utf-8",
        )
    assert orgnet_cli("build", str(corpus), "--out", str(out), "--no-progress").returncode == 0
    after = orgnet.read_tables(out)
    assert len(after.nodes) > len(before.nodes) + 10
    old = before.nodes.set_index("id")["label"]
    new = after.nodes.set_index("id")["label"]
    assert set(old.index) <= set(new.index)
    assert (new[old.index] == old).all()
    assert set(before.claims["claim_id"]) <= set(after.claims["claim_id"])
    assert (tmp_path / "out" / "entity_ids.csv").exists()


def test_an_entity_keeps_its_id_when_its_label_vote_changes(tmp_path, orgnet_cli):
    corpus, out = tmp_path / "c", tmp_path / "out"
    _write(
        corpus,
        {
            "a.txt": "Widget Office\n\nThe Widget Office is a state body of Elbonia. Ada Li has been the "
            "director of the Widget Office since 2001.\n"
        },
    )
    assert orgnet_cli("build", str(corpus), "--out", str(out), "--no-progress").returncode == 0
    first = orgnet.read_tables(out).nodes
    office = first.loc[first["label"] == "Widget Office", "id"].item()
    for i in range(3):
        (corpus / f"b{i}.txt").write_text(
            "Office of Widget Furnishing\n\nThe Office of Widget Furnishing, also known as the Widget Office, is a "
            f"state body of Elbonia. The Office of Widget Furnishing was founded in {1960 + i}.\n",
            encoding="utf-8",
        )
    fresh = orgnet.build(corpus, jobs=1).nodes  # without the registry the label vote renames it
    assert office not in set(fresh["id"])
    assert orgnet_cli("build", str(corpus), "--out", str(out), "--no-progress").returncode == 0
    again = orgnet.read_tables(out).nodes.set_index("id")
    assert again.loc[office, "label"] == "Office of Widget Furnishing"
    assert "Widget Office" in again.loc[office, "aliases"].split(";")


# --- curations ----------------------------------------------------------------------------------

CURATED_CORPUS = {
    "a.txt": "Bureau of Tests\n\nThe Bureau of Tests (BOT) is a state body of Elbonia. The Bureau of Tests is funded "
    "by the Widget Trust. Ada Li has been the director of the Bureau of Tests since 2001.\n",
    "b.txt": "Testing Bureau\n\nThe Testing Bureau is subordinate to the Ministry of Widgets of Elbonia. "
    "The Institute of Sprockets, also known as the Sprocket Office, is based in Strelsau.\n",
}


def test_a_curation_file_merges_splits_rejects_and_adds_and_survives_a_rebuild(tmp_path, orgnet_cli):
    from orgnet import curate

    corpus, out = _write(tmp_path / "c", CURATED_CORPUS), tmp_path / "out"
    before = orgnet.build(corpus, jobs=1)
    funded = before.edges[before.edges["relation"] == "funded_by"]
    assert len(funded) == 1
    ids = before.nodes.set_index("label")["id"]
    assert ids["Bureau of Tests"] != ids["Testing Bureau"]
    assert _node_of(before, "Institute of Sprockets") == _node_of(before, "Sprocket Office")  # one node, until...

    said = [
        curate.merge(corpus, "Bureau of Tests", "Testing Bureau", reason="one body", author="ana"),
        curate.distinct(corpus, "Institute of Sprockets", "Sprocket Office", reason="two bodies", author="ana"),
        curate.reject(corpus, link=("Bureau of Tests", "funded_by", "Widget Trust"), reason="misread", author="ana"),
        curate.add(
            corpus,
            "Bureau of Tests",
            "part_of",
            "Elbonian Test Council",
            citation="Council report, p. 4",
            source="https://example.org/council",
            start=2010,
            reason="not in the corpus",
            author="ana",
        ),
        curate.label(corpus, "Bureau of Tests", "Bureau of Testing", reason="official name", author="ana"),
        curate.kind(corpus, "Ministry of Widgets of Elbonia", "party_body", reason="a party organ", author="ana"),
    ]
    lines = (corpus / "curations.yaml").read_text("utf-8").splitlines()
    for message, action in zip(said, ("merge", "distinct", "reject", "add", "label", "kind")):
        n = int(message.split(":")[0].rsplit(" ", 1)[1])  # "curations.yaml, line N: ..." names the entry
        assert lines[n - 1].startswith(f"- {action}:"), (message, lines[n - 1])
    for _ in range(2):  # survives a rebuild
        assert orgnet_cli("build", str(corpus), "--out", str(out), "--no-progress").returncode == 0
        t = orgnet.read_tables(out)
        nodes = t.nodes.set_index("id")
        bureau = nodes.index[nodes["label"] == "Bureau of Testing"].item()
        assert bureau == ids["Bureau of Tests"]  # merged, id kept, relabelled
        assert {"Bureau of Tests", "Testing Bureau"} <= set(nodes.loc[bureau, "aliases"].split(";"))
        assert "Testing Bureau" not in set(nodes["label"])
        assert len(t.edges[t.edges["relation"] == "funded_by"]) == 0  # rejected link
        sprockets = [n for n in t.nodes.itertuples() if "Sprocket" in n.label]
        assert len(sprockets) == 2  # kept apart
        added = t.claims[t.claims["method"] == "curated"]
        assert len(added) == 1 and added.iloc[0]["doc"] == "curations.yaml" and added.iloc[0]["start"] == 2010
        text = (corpus / "curations.yaml").read_text("utf-8")
        row = added.iloc[0]
        assert text[row["char_start"] : row["char_end"]] == row["evidence"] == "Council report, p. 4"
        part = t.edges[t.edges["relation"] == "part_of"]
        assert part.iloc[0]["source"] == bureau and part.iloc[0]["target_label"] == "Elbonian Test Council"
        assert nodes.loc[nodes["label"] == "Ministry of Widgets of Elbonia", "kind"].item() == "party_body"
        assert "Widget Trust" not in set(nodes["label"])  # its only link was rejected
        curated = t.merges[t.merges["rule"] == "curated"]
        assert len(curated) >= 1 and curated.iloc[0]["doc"] == "curations.yaml"
        assert "one body (ana, curations.yaml, line 1)" in curated.iloc[0]["evidence"]
        docs = t.documents.set_index("doc")
        assert docs.loc["curations.yaml", "warnings"] == "" and docs.loc["curations.yaml", "n_claims"] == 1


def test_a_curation_that_matches_nothing_is_a_warning_naming_its_line(tmp_path, orgnet_cli):
    corpus = _write(tmp_path / "c", CURATED_CORPUS)
    (corpus / "curations.yaml").write_text(
        "- merge: [Bureau of Tests, Bureau of Nothing]\n  author: ana\n  reason: gone\n"
        "- reject: {claim: 'a.txt:1-2:leads:000000'}\n  author: ana\n  reason: gone\n"
        "- label: {entity: Bureau of Tests, label: X}\n  reason: no author\n",
        encoding="utf-8",
    )
    run = orgnet_cli("build", str(corpus), "--out", str(tmp_path / "out"), "--no-progress")
    assert run.returncode == 0
    warnings = orgnet.read_tables(tmp_path / "out").documents.set_index("doc").loc["curations.yaml", "warnings"]
    assert "curations.yaml, line 1: merge: no entity is called 'Bureau of Nothing'" in warnings
    assert "curations.yaml, line 4: reject: no claim has the id 'a.txt:1-2:leads:000000'" in warnings
    assert "curations.yaml, line 7: label needs an author and a reason" in warnings
    assert "curations.yaml" in run.stdout


def test_a_country_disambiguator_keeps_two_bodies_apart(tmp_path):
    t = orgnet.build(
        _write(
            tmp_path / "c",
            {
                "vn.txt": "Ministry of Widget Safety (Vietnam)\n\nThe Ministry of Widget Safety (Vietnam) is headquartered in "
                "Hanoi.\n",
                "cn.txt": "Ministry of Widget Safety (China)\n\nThe Ministry of Widget Safety (China) is headquartered in "
                "Beijing.\n",
                "x.txt": "Widget Review\n\nThe Widget Review is published by the Ministry of Widget Safety (China).\n",
            },
        ),
        jobs=1,
    )
    hq = t.edges[t.edges["relation"] == "headquartered_in"].set_index("target_label")["source"]
    assert hq["Hanoi"] != hq["Beijing"]
    assert t.edges[t.edges["relation"] == "publishes"]["source"].tolist() == [hq["Beijing"]]
    labels = t.nodes.set_index("id")["label"]
    assert {labels[hq["Hanoi"]], labels[hq["Beijing"]]} == {
        "Ministry of Widget Safety (Vietnam)",
        "Ministry of Widget Safety (China)",
    }


def test_a_pronoun_a_claim_was_read_from_is_no_name_and_joins_nobody():
    from orgnet.extract import Claim
    from orgnet.resolve import resolve

    res = resolve(
        [
            Claim("Ada Morn", "leads", "Harbour Bureau", doc="a.txt", subject_surface="he", subject_kind="person"),
            Claim("Bo Wu", "leads", "Tide Office", doc="b.txt", subject_surface="He", subject_kind="person"),
        ]
    )
    assert res.id_of("Ada Morn") != res.id_of("Bo Wu")
    assert all("he" not in (m.key_a, m.key_b) for m in res.merges)


def test_a_bare_name_qualified_by_several_states_in_one_page_joins_only_its_own_state_s(tmp_path):
    # the successors of a union's ministry in three states are not the ministry
    t = orgnet.build(
        _write(
            tmp_path / "c",
            {
                "a.txt": "Ministry of Tides (Soviet Union)\n\n- Formed: 1946\n"
                "- Superseding1: Ministry of Tides of Russia\n- Superseding2: Ministry of Tides of Ukraine\n\n"
                "The Ministry of Tides of the USSR was a ministry of the Soviet Union.\n",
            },
        ),
        jobs=1,
    )
    labels = set(t.nodes["label"])
    assert {"Ministry of Tides of Russia", "Ministry of Tides of Ukraine"} <= labels
    absorbed = t.edges[t.edges["relation"] == "absorbed_into"]
    assert set(absorbed["target_label"]) == {"Ministry of Tides of Russia", "Ministry of Tides of Ukraine"}
    union = t.nodes[t.nodes["id"] == absorbed["source"].iloc[0]]
    assert "Ministry of Tides of the USSR" in union["aliases"].iloc[0].split(";")


def test_saving_a_resolver_without_a_file_is_an_input_error():
    from orgnet.errors import InputError
    from orgnet.resolve.resolver import Resolver

    with pytest.raises(InputError, match="made with a path"):
        Resolver().save()


def test_names_in_another_word_order_or_with_stops_in_initials_are_one_body():
    from orgnet.extract import Claim
    from orgnet.resolve import resolve

    res = resolve(
        [
            Claim("Tide Office", "overseen_by", "U.S. Department of the Harbour", doc="a.txt"),
            Claim("Wave Office", "overseen_by", "US Harbour Department", doc="b.txt"),
            Claim("Sand Office", "part_of", "Directorate of General Tides", doc="c.txt"),
            Claim("Sand Office", "affiliated_with", "General Tides Directorate", doc="c.txt"),
            # a country after "of" stays where it is: the Bank of Elbonia is not an Elbonia Bank
            Claim("Coin Office", "part_of", "Bank of Elbonia", doc="d.txt"),
            Claim("Mint Office", "part_of", "Elbonia Bank", doc="e.txt"),
        ]
    )
    assert res.id_of("U.S. Department of the Harbour") == res.id_of("US Harbour Department")
    assert res.id_of("Directorate of General Tides") == res.id_of("General Tides Directorate")
    assert res.id_of("Bank of Elbonia") != res.id_of("Elbonia Bank")
    rules = {(m.rule, frozenset((m.key_a, m.key_b))) for m in res.merges}
    assert ("word_order", frozenset({"u.s. department of the harbour", "us harbour department"})) in rules
