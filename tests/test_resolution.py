"""Resolution an analyst can defend: which names become one entity, why (``merges``), and ids
that do not move. Every document here is invented."""

from __future__ import annotations

from pathlib import Path

import orgnet
from orgnet.resolve import slugify


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


BUREAU = ("Bureau of Tests\n\nThe Bureau of Tests is a state body of Ruritania. Ada Li has been the director "
          "of the Bureau of Tests since 2001. The Bureau of Tests is subordinate to the Ministry of Widgets.\n")


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

    from orgnet.resolve import RULES, name_key

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
