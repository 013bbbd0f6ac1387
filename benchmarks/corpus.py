"""A synthetic corpus: N invented articles in the seeds' four layouts, and what each one states.

    from benchmarks.corpus import write_corpus
    truth = write_corpus("/tmp/corpus", 2000, seed=0)      # writes 2,000 .txt files
    # and /tmp/corpus.truth.yaml, the gold file of these articles (format of shared/gold/seeds.yaml)

    .venv/bin/python benchmarks/corpus.py OUT_DIR --n 2000 [--seed 0] [--truth FILE]
    .venv/bin/orgnet build OUT_DIR --out OUT_DIR.tables
    .venv/bin/orgnet evaluate OUT_DIR.truth.yaml --tables OUT_DIR.tables

Everything is invented and deterministic from ``seed`` (and ``n``): countries, their parties,
councils, ministries and numbered bureaus, think tanks, societies, foundations, schools,
news agencies, networks, journals, people, cities, addresses and years, built from pools of
invented name parts, so that 10,000 articles are about thousands of distinct organisations.
The organisations form one world: each has a parent, often a founder, a funder, partners,
a network it belongs to, a journal, leaders with terms, sometimes a former name or a
numbered bureau it is the public face of; articles mention each other's subjects (parents,
partners, "See also", related-article blurbs), about one article in ten is a second article
on an earlier subject in another layout (sometimes with a different founding year), and
names appear as full names, abbreviations, "the <Demonym> <name>" and former names, so
resolution has work to do.

Layouts rotate: ``dash-infobox`` (seed 000), ``profile-page`` (001), ``glued-infobox``
(002/004: infobox first or lead first) and ``mirror-scrape`` (003: spaced footnote markers,
"Related Research Articles" blurbs). Lengths vary from about 2 to 12 KB (median 6 KB), like the seeds.

The truth file records, per article, the nodes it names and the relations it states, with
the exact sentence as evidence and ``core`` set as the gold file's header defines it
(infobox fields, list entries, plain sentences naming both ends with a trigger phrase of
``orgnet/vocab/phrases.yaml``, related-article subjects and their headline relation);
subtler statements (targeted groups, "See also" entries, people merely quoted) are
``core: false``. ``not_nodes`` lists the infobox keys, headings, titles and reference
outlets of the article.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

__all__ = ["write_corpus", "generate", "LAYOUTS", "truth_path_for"]

LAYOUTS = ("dash-infobox", "profile-page", "glued-infobox", "mirror-scrape")
NOW = 2024  # "N years ago" in the scraped infoboxes is counted from this year

# --------------------------------------------------------------------------- name parts (all invented)

TOPICS = (
    "Harbour",
    "Maritime",
    "Strait",
    "Frontier",
    "Highland",
    "Delta",
    "Energy",
    "Grain",
    "Trade",
    "Shipping",
    "Cultural",
    "Heritage",
    "Peace",
    "Development",
    "Regional",
    "Island",
    "Ocean",
    "Border",
    "Industrial",
    "Rural",
    "Urban",
    "Strategic",
    "Economic",
    "Financial",
    "Agricultural",
    "Mountain",
    "River",
    "Desert",
    "Steppe",
    "Forest",
    "Mining",
    "Railway",
    "Aviation",
    "Space",
    "Cyber",
    "Technology",
    "Science",
    "Labour",
    "Youth",
    "Veterans",
    "Diaspora",
    "Overseas",
    "Communications",
    "Information",
    "Language",
    "Translation",
    "Literature",
    "Arts",
    "Film",
    "Sports",
    "Health",
    "Water",
    "Climate",
    "Polar",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Coastal",
    "Continental",
    "Commercial",
    "Civic",
    "Social",
    "Historical",
    "Naval",
    "Legal",
    "Statistical",
    "Fisheries",
    "Textile",
    "Petroleum",
    "Digital",
    "Academic",
    "Monsoon",
    "Tundra",
    "Lagoon",
    "Archipelago",
    "Canal",
    "Glacier",
)
ADJ = (
    "Meridian",
    "Lantern",
    "Cobalt",
    "Juniper",
    "Granite",
    "Saffron",
    "Tidewater",
    "Northgate",
    "Amber",
    "Willow",
    "Falcon",
    "Silver Coast",
    "Orchard",
    "Beacon",
    "Cedar",
    "Quarry",
    "Summit",
    "Hollow",
    "Ember",
    "Lighthouse",
    "Blue Water",
    "Red Harbour",
    "Golden Gate",
    "Ironwood",
    "Crescent",
    "Evergreen",
    "Morning Star",
    "Twin Rivers",
    "Highgate",
    "Stonebridge",
    "Coral",
    "Sable",
    "Harrow",
    "Kestrel",
    "Larkspur",
    "Mistral",
    "Obsidian",
    "Pinecrest",
    "Riverbend",
    "Solstice",
    "Thistle",
    "Umber",
    "Vesper",
    "Wildmoor",
    "Yarrow",
    "Zephyr",
    "Aurora",
    "Bramble",
    "Copperfield",
    "Driftwood",
    "Eastwind",
    "Foxglove",
    "Greywater",
    "Heron",
    "Ivory",
    "Jade Bay",
)
MIN_A = ("Public", "State", "Internal", "National", "Civil", "Interior", "Coastal", "Frontier", "Central", "General")
MIN_B_SECURITY = ("Vigilance", "Protection", "Watch", "Guard", "Order", "Safety", "Inspection", "Intelligence")
MIN_B = (
    "Affairs",
    "Works",
    "Planning",
    "Supply",
    "Communications",
    "Trade",
    "Culture",
    "Development",
    "Industry",
    "Transport",
    "Education",
    "Finance",
    "Agriculture",
    "Fisheries",
    "Labour",
    "Health",
    "Energy",
    "Waters",
)
PARTY_A = (
    "National",
    "Popular",
    "United",
    "Democratic",
    "Progressive",
    "Revolutionary",
    "Federal",
    "Agrarian",
    "Socialist",
    "Patriotic",
)
PARTY_B = (
    "Renewal",
    "Unity",
    "Workers'",
    "Labour",
    "Progress",
    "Liberation",
    "Reform",
    "Harmony",
    "Concord",
    "Solidarity",
)
PRE = (
    "Var",
    "Kes",
    "Nor",
    "Am",
    "Tal",
    "Bel",
    "Cor",
    "Dun",
    "Eld",
    "Fal",
    "Gar",
    "Hal",
    "Ist",
    "Jor",
    "Kal",
    "Lor",
    "Mar",
    "Nes",
    "Ost",
    "Pel",
    "Quen",
    "Ros",
    "Sel",
    "Tor",
    "Ul",
    "Ves",
    "Wyn",
    "Yar",
    "Zel",
    "Brav",
    "Cran",
    "Drem",
    "Fen",
    "Grav",
    "Hest",
    "Ilm",
    "Karn",
    "Lud",
    "Mor",
    "Orv",
    "Pash",
    "Rin",
    "Sav",
    "Tev",
    "Vol",
)
CITY_SUF = (
    "holm",
    "vell",
    "mere",
    "wick",
    "ford",
    "gard",
    "havn",
    "burg",
    "stad",
    "mouth",
    "field",
    "ton",
    "by",
    "dale",
    "crest",
    "moor",
    "bridge",
    "haven",
    "well",
    "ness",
)
COUNTRY_SUF = ("ara", "ora", "esia", "ania", "ovia", "inia", "eria", "onia", "avia", "uria")
FAMILY = (
    "Arden",
    "Bao",
    "Castor",
    "Dorn",
    "Elwin",
    "Fang",
    "Galt",
    "Hao",
    "Ismay",
    "Jin",
    "Kell",
    "Lan",
    "Marek",
    "Ning",
    "Orrin",
    "Pell",
    "Qiao",
    "Rask",
    "Shen",
    "Tavi",
    "Ulan",
    "Varn",
    "Wen",
    "Xiao",
    "Yorke",
    "Zhan",
    "Abel",
    "Brin",
    "Cai",
    "Duan",
    "Eno",
    "Feld",
    "Gu",
    "Holm",
    "Ivo",
    "Jiao",
    "Kang",
    "Lio",
    "Mao",
    "Nour",
    "Oda",
    "Pan",
    "Qin",
    "Ren",
    "Sato",
    "Tan",
    "Uno",
    "Vey",
    "Wu",
    "Xu",
    "Yan",
    "Zou",
    "Bram",
    "Corr",
    "Dai",
    "Ekko",
    "Fu",
    "Geng",
    "Hu",
    "Ji",
    "Kor",
    "Luo",
    "Meng",
    "Nie",
    "Ou",
    "Peng",
    "Rao",
    "Su",
    "Tao",
    "Wei",
)
GIVEN_A = (
    "Wen",
    "Ming",
    "Rui",
    "Lan",
    "Kai",
    "Tao",
    "Xiu",
    "Hao",
    "Jia",
    "Shu",
    "Yuan",
    "Lei",
    "Dong",
    "Pei",
    "Ling",
    "Bo",
    "Hui",
    "Qing",
    "Zhi",
    "Yan",
    "Fei",
    "Jun",
    "Xin",
    "Ruo",
    "Tian",
    "Mei",
    "Sheng",
    "Hong",
    "Yu",
    "An",
    "Chun",
    "De",
    "Guo",
    "Jing",
    "Kun",
)
GIVEN_B = (
    "bo",
    "jie",
    "xi",
    "ying",
    "feng",
    "wei",
    "han",
    "lin",
    "ran",
    "qi",
    "yang",
    "hua",
    "dan",
    "min",
    "ning",
    "zhao",
    "kang",
    "long",
    "mo",
    "rong",
    "sen",
    "tong",
    "yue",
    "zhen",
    "li",
    "ping",
    "chen",
    "hai",
    "lun",
    "xuan",
    "gang",
    "jun",
    "fang",
    "lei",
    "shan",
)
SCHOLAR_FIRST = (
    "Owen",
    "Miriam",
    "Daniel",
    "Hanna",
    "Felix",
    "Grace",
    "Lucia",
    "Jonas",
    "Ines",
    "Tomas",
    "Clara",
    "Victor",
    "Elena",
    "Marcus",
    "Nadia",
    "Oscar",
    "Petra",
    "Rafael",
    "Sonia",
    "Theo",
    "Ada",
    "Bruno",
    "Celia",
    "Dmitri",
    "Erin",
)
SCHOLAR_LAST = (
    "Holt",
    "Okafor",
    "Lindqvist",
    "Brandt",
    "Mensah",
    "Santos",
    "Weber",
    "Marlow",
    "Reyes",
    "Ferrand",
    "Gorski",
    "Haldane",
    "Ibsen",
    "Janssen",
    "Kovac",
    "Larkin",
    "Moreau",
    "Novak",
    "Oyelaran",
    "Pryce",
    "Quist",
    "Rourke",
    "Strand",
    "Thorne",
    "Valdes",
)
OUTLET_NOUN = ("Observer", "Ledger", "Herald", "Courier", "Chronicle", "Dispatch", "Monitor", "Sentinel")
GROUPS = (
    "foreign port officials",
    "foreign diplomats and academics",
    "visiting scholars",
    "foreign legislators",
    "overseas students",
    "foreign journalists",
    "diaspora business leaders",
    "foreign naval officers",
    "foreign think tank researchers",
    "regional party officials",
    "foreign writers and artists",
)
CJK = "海港研究所文化交流中心国际关系学会基金发展和平协会战略经济安全政策论坛出版社新闻大学学院委员会部局"
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ORDINAL = {1: "1st", 2: "2nd", 3: "3rd"}
CONNECTORS = {"of", "the", "for", "and", "on", "in", "to"}

# anaphora usable for each kind of subject (each is in orgnet/vocab/names.yaml)
NOUN_OF_HEAD = {
    "Institute": "institute",
    "Centre": "centre",
    "Foundation": "foundation",
    "Association": "association",
    "Forum": "forum",
    "University": "university",
    "School": "school",
    "Agency": "agency",
    "Company": "company",
    "Network": "network",
    "Department": "department",
    "Ministry": "ministry",
    "Commission": "commission",
    "Council": "council",
    "Society": "organisation",
    "Press": "organisation",
}

KEY_HEADINGS = (
    "History",
    "See also",
    "References",
    "Directors",
    "Goals and Purpose",
    "Leadership team",
    "Region served",
    "Year stablished",
    "Contents",
    "Functions",
    "Organisation",
    "External links",
    "Related Research Articles",
    "Last updated",
    "Agency overview",
    "Unknown",
)


def _ordinal(k: int) -> str:
    if 10 <= k % 100 <= 20:
        return f"{k}th"
    return ORDINAL.get(k % 10, f"{k}th") if k % 10 in ORDINAL else f"{k}th"


# --------------------------------------------------------------------------- the world


@dataclass(eq=False)
class Ent:
    """An invented entity: organisation, person, place or publication."""

    name: str
    kind: str
    abbr: str | None = None
    country: "Country | None" = None
    founded: int | None = None
    noun: str = "organisation"
    desc: str = ""
    type_desc: str = ""
    city: "Ent | None" = None
    address: str = ""
    former: str | None = None
    zh: str | None = None
    parent: "Ent | None" = None
    party: "Ent | None" = None
    overseer: "Ent | None" = None
    funder: "Ent | None" = None
    operator: "Ent | None" = None
    founder: "Ent | None" = None
    bureau: "Ent | None" = None  # the numbered bureau this organisation is the public face of
    customer: "Ent | None" = None
    controller: "Ent | None" = None
    network: "Ent | None" = None
    publication: "Ent | None" = None
    pub_year: int | None = None
    partners: list = field(default_factory=list)
    children: list = field(default_factory=list)  # organisations under this one (Subsidiaries)
    created: list = field(default_factory=list)  # (org, year) this one established
    absorbed: list = field(default_factory=list)  # (org, year) merged into this one
    leaders: list = field(default_factory=list)  # [(person|None, start, end, start_month, end_month)]
    leader_title: str = "Director"
    deputies: list = field(default_factory=list)  # [(person, title)]
    targets: str | None = None
    hub: bool = False
    bureaus: dict = field(default_factory=dict)
    staff: int = 0
    departments: int = 0

    def __repr__(self) -> str:
        return f"Ent({self.name!r}, {self.kind})"


@dataclass(eq=False)
class Country:
    name: str
    demonym: str
    capital: Ent
    cities: list
    party: Ent | None = None
    council: Ent | None = None
    state_council: Ent | None = None
    security: list = field(default_factory=list)
    ministries: list = field(default_factory=list)
    commissions: list = field(default_factory=list)
    departments: list = field(default_factory=list)
    networks: list = field(default_factory=list)
    orgs: list = field(default_factory=list)


class World:
    """Every invented entity, with unique names and unique abbreviations."""

    def __init__(self, n_articles: int, seed: int) -> None:
        self.rng = random.Random(f"orgnet-world-{seed}")
        self.names: set[str] = set()
        self.abbrs: set[str] = set()
        self.person_names: set[str] = set()
        self.countries: list[Country] = []
        n_countries = max(2, round(n_articles / 250))
        n_subjects = n_articles - n_articles // 10 + 4
        for _ in range(n_countries):
            self.countries.append(self._country())
        for c in self.countries:
            self._hubs(c)
        per_country = -(-n_subjects // n_countries)
        for c in self.countries:
            hubs = c.security + c.departments + c.ministries[:3] + c.commissions[:1]
            hubs_with_articles = hubs[: max(1, min(len(hubs), per_country // 12))]
            k = max(6, per_country - len(hubs_with_articles))
            for _ in range(k):
                c.orgs.append(self._org(c))
            c.subjects = hubs_with_articles + c.orgs
            self.rng.shuffle(c.subjects)
        for c in self.countries:
            for o in c.orgs:
                self._relate(o, c)
            for h in c.security + c.ministries + c.departments + c.commissions:
                self._hub_people(h)
        # the order in which subjects get articles: round robin over countries
        self.subjects: list[Ent] = []
        queues = [list(c.subjects) for c in self.countries]
        while any(queues):
            for q in queues:
                if q:
                    self.subjects.append(q.pop(0))

    # ---------------------------------------------------------------- names
    def unique(self, make, fallback=None, tries: int = 60) -> str:
        """A name not used yet: `make` (a function, or a list of functions picked at random each
        try) until one is new, then `fallback` likewise; a number is the last resort."""
        for maker in (make, fallback):
            if maker is None:
                continue
            for _ in range(tries):
                name = (self.rng.choice(maker) if isinstance(maker, (list, tuple)) else maker)()
                if name not in self.names:
                    self.names.add(name)
                    return name
        base = (self.rng.choice(make) if isinstance(make, (list, tuple)) else make)()
        k = 2
        while f"{base} {k}" in self.names:
            k += 1
        self.names.add(f"{base} {k}")
        return f"{base} {k}"

    def abbreviation(self, name: str) -> str | None:
        core = name.split(" of the Central Council")[0]
        letters = "".join(w[0] for w in re.findall(r"[A-Za-z][\w']*", core) if w.lower() not in CONNECTORS)
        letters = letters.upper()
        if not 2 <= len(letters) <= 6 or letters in self.abbrs:
            return None
        self.abbrs.add(letters)
        return letters

    def place_word(self) -> str:
        r = self.rng
        return r.choice(PRE) + r.choice(CITY_SUF)

    def person(self) -> Ent:
        r = self.rng
        name = ""
        for _ in range(30):
            name = f"{r.choice(FAMILY)} {r.choice(GIVEN_A)}{r.choice(GIVEN_B)}"
            if name not in self.person_names:
                break
        self.person_names.add(name)
        return Ent(name, "person")

    def _country(self) -> Country:
        r = self.rng
        name = self.unique(lambda: r.choice(PRE) + r.choice(COUNTRY_SUF))
        demonym = name + "n"
        cities = []
        for _ in range(r.randint(4, 7)):
            cname = self.unique(self.place_word)
            cities.append(Ent(cname, "place"))
        capital = Ent(self.unique(lambda: f"Port {name}"), "place") if r.random() < 0.5 else cities[0]
        if capital is not cities[0]:
            cities.insert(0, capital)
        c = Country(name, demonym, capital, cities)
        for city in cities:
            city.country = c
        return c

    def _mk(self, c: Country, name: str, kind: str, noun: str, **kw) -> Ent:
        e = Ent(name, kind, abbr=self.abbreviation(name), country=c, noun=noun, **kw)
        if e.city is None:
            e.city = self.rng.choice(c.cities[:2])
        if e.founded is None:
            e.founded = self.rng.randint(1946, 2016)
        e.staff, e.departments = self.rng.randint(60, 900), self.rng.randint(3, 17)
        self.set_address(e)
        return e

    def set_address(self, e: Ent) -> None:
        r = self.rng
        style = r.random()
        if style < 0.45:
            e.address = f"{e.city.name}, {e.city.country.name}"
        elif style < 0.75:
            e.address = f"{r.randint(1, 120)} {r.choice(ADJ)} Street, {r.choice(ADJ)} District, {e.city.name}"
        else:
            e.address = f"{r.choice(ADJ)} District, {e.city.name}"

    def _hubs(self, c: Country) -> None:
        r = self.rng
        pname = self.unique(lambda: f"{c.demonym} {r.choice(PARTY_A)} {r.choice(PARTY_B)} Party")
        c.party = self._mk(
            c, pname, "party_body", "party", founded=r.randint(1900, 1950), city=c.capital, desc="ruling party"
        )
        c.council = self._mk(
            c, self.unique(lambda: f"Central Council of the {pname}"), "party_body", "council", desc="highest organ"
        )
        c.council.parent = c.party
        c.state_council = self._mk(
            c,
            self.unique(lambda: f"State Council of {c.name}"),
            "state_body",
            "council",
            city=c.capital,
            desc="chief administrative authority",
        )
        for _ in range(2):
            name = self.unique(
                lambda: f"Ministry of {r.choice(MIN_A)} {r.choice(MIN_B_SECURITY)}",
                fallback=lambda: f"Ministry of {r.choice(MIN_A)} {r.choice(MIN_B_SECURITY)} of {c.name}",
            )
            m = self._mk(
                c,
                name,
                "security_service",
                "ministry",
                hub=True,
                city=c.capital,
                desc="civilian intelligence and security agency",
                type_desc="Civilian intelligence and security agency",
            )
            m.parent, m.overseer, m.leader_title = c.state_council, c.council, "Minister"
            c.security.append(m)
        for _ in range(4):
            name = self.unique(
                lambda: f"Ministry of {r.choice(MIN_A)} {r.choice(MIN_B)}",
                fallback=lambda: f"Ministry of {r.choice(MIN_A)} {r.choice(MIN_B)} of {c.name}",
            )
            m = self._mk(
                c,
                name,
                "state_body",
                "ministry",
                hub=True,
                city=c.capital,
                desc="government ministry",
                type_desc="Government ministry",
            )
            m.parent, m.leader_title = c.state_council, "Minister"
            c.ministries.append(m)
        for _ in range(2):
            name = self.unique(
                [
                    lambda: f"National {r.choice(TOPICS)} Commission",
                    lambda: f"State {r.choice(TOPICS)} Commission",
                    lambda: f"Central {r.choice(TOPICS)} Commission",
                ]
            )
            m = self._mk(
                c,
                name,
                "state_body",
                "commission",
                hub=True,
                city=c.capital,
                desc="state commission",
                type_desc="State commission",
            )
            m.parent, m.leader_title = c.state_council, "Chairman"
            c.commissions.append(m)
        for _ in range(2):
            name = self.unique(lambda: f"{r.choice(TOPICS)} Work Department of the Central Council of the {pname}")
            m = self._mk(
                c,
                name,
                "party_body",
                "department",
                hub=True,
                city=c.capital,
                desc="party department",
                type_desc="Department reporting to the Central Council",
            )
            m.parent, m.party, m.leader_title = c.council, c.party, "Director"
            c.departments.append(m)
        for _ in range(2):
            name = self.unique(lambda: f"{r.choice(ADJ)} {r.choice(TOPICS)} Network")
            m = self._mk(c, name, "association", "network", desc="regional association of research institutes")
            m.funder = r.choice(c.ministries + c.departments)
            c.networks.append(m)

    def _org(self, c: Country) -> Ent:
        r = self.rng
        t, _, city = r.choice(TOPICS), r.choice(ADJ), r.choice(c.cities)
        kind = r.choices(("think_tank", "association", "education", "media", "business"), (45, 35, 10, 6, 4))[0]
        if kind == "think_tank":
            make = [
                lambda: f"Institute for {r.choice(TOPICS)} Studies",
                lambda: f"Centre for {r.choice(TOPICS)} Research",
                lambda: f"{r.choice(c.cities).name} Institute of {r.choice(TOPICS)} Studies",
                lambda: f"{c.name} Institute of {r.choice(TOPICS)} Affairs",
                lambda: f"{r.choice(ADJ)} Institute for {r.choice(TOPICS)} Policy",
            ]
            desc = r.choice(("think tank", "policy research institute", "research institute"))
            type_desc = f"State-backed {t.lower()} policy think tank"
            title = r.choice(("Director", "President"))
        elif kind == "association":
            make = [
                lambda: f"{c.name} Society for {r.choice(TOPICS)} Exchange",
                lambda: f"{r.choice(ADJ)} Foundation for {r.choice(TOPICS)} Development",
                lambda: f"{c.name} Association for {r.choice(TOPICS)} Cooperation",
                lambda: f"{r.choice(ADJ)} {r.choice(TOPICS)} Forum",
                lambda: f"{r.choice(c.cities).name} Friendship Association",
            ]
            desc = r.choice(("cultural association", "friendship association", "foundation", "policy forum"))
            type_desc = f"{t} exchange association"
            title = r.choice(("President", "Chairman"))
        elif kind == "education":
            make = [
                lambda: f"{r.choice(c.cities).name} University of {r.choice(TOPICS)} Studies",
                lambda: f"{r.choice(ADJ)} School of {r.choice(TOPICS)} Studies",
            ]
            desc, type_desc, title = "public university", "Public university", "President"
        elif kind == "media":
            make = [
                lambda: f"{r.choice(ADJ)} News Agency",
                lambda: f"{r.choice(c.cities).name} News Agency",
                lambda: f"{r.choice(ADJ)} {r.choice(TOPICS)} Press",
                lambda: f"{c.name} {r.choice(TOPICS)} News Agency",
            ]
            desc, type_desc, title = "news agency", "State news agency", "Director"
        else:
            make = [lambda: f"{r.choice(ADJ)} {r.choice(TOPICS)} Trading Company"]
            desc, type_desc, title = "trading company", "State-owned trading company", "Chairman"
        name = self.unique(
            make, fallback=lambda: f"{r.choice(ADJ)} {r.choice(c.cities).name} Institute of {r.choice(TOPICS)} Studies"
        )
        head = next((w for w in name.split() if w in NOUN_OF_HEAD), "")
        if kind == "association":
            desc = {"Society": "cultural association", "Foundation": "foundation", "Forum": "policy forum"}.get(
                head, "friendship association"
            )
        e = self._mk(c, name, kind, NOUN_OF_HEAD.get(head, "organisation"), city=city, desc=desc, type_desc=type_desc)
        e.leader_title = title
        return e

    def _relate(self, o: Ent, c: Country) -> None:
        """The world's facts about one ordinary organisation."""
        r = self.rng
        hubs = c.security + c.ministries + c.departments + c.commissions
        o.party = c.party if r.random() < 0.7 else None
        if o.kind in ("think_tank", "association") and r.random() < 0.25:
            sec = r.choice(c.security)
            free = [k for k in range(1, 31) if k not in sec.bureaus]
            if free:
                k = r.choice(free[:8])
                b = Ent(f"{_ordinal(k)} Bureau of the {sec.name}", "security_service", country=c, noun="bureau")
                b.parent = sec
                sec.bureaus[k] = b
                o.bureau, o.parent, o.operator = b, sec, sec
        if o.parent is None:
            o.parent = r.choice(hubs + [c.council, c.state_council])
        o.parent.children.append(o)
        if r.random() < 0.4:
            o.overseer = r.choice([c.council] + c.departments)
        if r.random() < 0.45:
            o.funder = r.choice(hubs + c.networks[:0] + [x for x in c.orgs if x.kind == "association"][:5])
            if o.funder is o:
                o.funder = None
        if o.operator is None and r.random() < 0.2:
            o.operator = r.choice(c.security + c.departments)
        if r.random() < 0.5:
            o.founder = r.choice(hubs + [c.council])
            if o.founder is o.parent and r.random() < 0.5:
                o.founder = None
            if o.founder is not None:
                o.founder.created.append((o, o.founded))
        peers = [x for x in c.orgs if x is not o]
        for _ in range(r.choice((0, 1, 1, 2, 3))):
            pool = peers if r.random() < 0.8 or len(self.countries) < 2 else r.choice(self.countries).orgs
            if pool:
                p = r.choice(pool)
                if p is not o and p not in o.partners:
                    o.partners.append(p)
        if r.random() < 0.35:
            o.network = r.choice(c.networks)
        if o.kind in ("think_tank", "education") and r.random() < 0.6 or r.random() < 0.15:
            make = [
                lambda: f"{r.choice(TOPICS)} Review",
                lambda: f"{r.choice(ADJ)} Quarterly",
                lambda: f"Journal of {r.choice(TOPICS)} Affairs",
                lambda: f"{r.choice(TOPICS)} Bulletin",
                lambda: f"{r.choice(ADJ)} {r.choice(TOPICS)} Review",
                lambda: f"{c.name} Journal of {r.choice(TOPICS)} Studies",
                lambda: f"{r.choice(c.cities).name} {r.choice(TOPICS)} Quarterly",
            ]
            o.publication = Ent(self.unique(make), "publication", country=c)
            o.pub_year = min(NOW - 1, o.founded + r.randint(1, 25))
        if o.bureau is not None or r.random() < 0.15:
            o.customer = r.choice(c.commissions + [c.council])
        if r.random() < 0.08:
            o.controller = r.choice(c.security + c.departments)
        if r.random() < 0.3:
            o.former = self.unique(
                [
                    lambda: f"{r.choice(TOPICS)} Research Office",
                    lambda: f"{r.choice(c.cities).name} {r.choice(TOPICS)} Research Office",
                    lambda: f"{r.choice(ADJ)} {r.choice(TOPICS)} Office",
                ]
            )
        if r.random() < 0.3:
            o.targets = r.choice(GROUPS)
        if r.random() < 0.25:
            o.zh = "".join(r.choice(CJK) for _ in range(r.randint(4, 8)))
        if r.random() < 0.3:
            child = self._mk(
                c,
                self.unique(lambda: f"Centre for {r.choice(TOPICS)} {r.choice(TOPICS)} Studies"),
                "think_tank",
                "centre",
                city=o.city,
                desc="research centre",
            )
            year = r.randint(min(o.founded + 1, NOW - 1), NOW - 1)
            child.founded = year
            o.created.append((child, year))
        self._people(o)

    def _people(self, o: Ent) -> None:
        r = self.rng
        k = r.randint(3, 8)
        start = o.founded
        span = max(k, NOW - start)
        cuts = sorted(r.sample(range(start + 1, start + span), min(k - 1, span - 1))) if span > 1 else []
        bounds = [start] + cuts + [None]
        for i in range(len(bounds) - 1):
            s, e = bounds[i], bounds[i + 1]
            person = None if (i > 0 and r.random() < 0.08) else self.person()
            sm = r.choice(MONTHS) if r.random() < 0.4 else None
            em = r.choice(MONTHS) if (e is not None and r.random() < 0.4) else None
            o.leaders.append((person, s, e, sm, em))
        if o.leaders[-1][0] is None:
            _, s, e, sm, em = o.leaders[-1]
            o.leaders[-1] = (self.person(), s, e, sm, em)
        deputy = {"Minister": "Deputy Minister", "President": "Vice President", "Chairman": "Vice Chairman"}.get(
            o.leader_title, "Deputy Director"
        )
        for _ in range(r.randint(0, 3)):
            o.deputies.append((self.person(), deputy))

    def _hub_people(self, h: Ent) -> None:
        if not h.leaders:
            self._people(h)


# --------------------------------------------------------------------------- one article and its truth


class Article:
    """The text of one article, built sentence by sentence, and the truth it states."""

    def __init__(self, doc: str, layout: str, subject: Ent, rng: random.Random, founded: int) -> None:
        self.doc, self.layout, self.subject, self.r = doc, layout, subject, rng
        self.founded = founded
        self.nodes: dict[str, dict] = {}
        self.edges: dict[tuple, dict] = {}
        self.not_nodes: set[str] = set()
        self.introduced: set[str] = set()  # abbreviations written as "Full Name (ABBR)" so far
        self.mentioned: set[str] = set()
        self.refs: list[tuple[str, str]] = []  # (author, rest)
        self.marker = "glued"
        self.max_refs = rng.randint(5, 22)
        self.deck: list[int] = []  # filler sentence forms not used yet in this article

    # ---------------------------------------------------------------- truth
    def node(self, e: Ent, core: bool = False, alias: str | None = None, founded: int | None = None) -> None:
        n = self.nodes.get(e.name)
        if n is None:
            n = self.nodes[e.name] = {"name": e.name, "kind": e.kind, "aliases": [], "core": False}
        if alias and alias != e.name and alias not in n["aliases"]:
            n["aliases"].append(alias)
        if founded is not None:
            n["founded"] = founded
        n["core"] = n["core"] or core

    def edge(
        self, s: Ent, rel: str, t: Ent, evidence: str, core: bool = True, start=None, end=None, title=None
    ) -> None:
        self.node(s, core)
        self.node(t, core)
        key = (s.name, rel, t.name)
        ev = evidence.strip()
        if len(ev) > 200:
            ev = ev[:200].rsplit(" ", 1)[0]
        e = self.edges.get(key)
        if e is None:
            e = self.edges[key] = {"source": s.name, "relation": rel, "target": t.name}
            if start is not None:
                e["start"] = start
            if end is not None:
                e["end"] = end
            if title:
                e["title"] = title
            e["evidence"] = ev
            e["core"] = core
        else:
            e["core"] = e["core"] or core

    # ---------------------------------------------------------------- references to entities
    def ref(self, e: Ent, *, core: bool = False, intro: bool = True, demonym: bool = False) -> str:
        """How `e` is written here: the full name (with "(ABBR)" the first time, sometimes),
        later often the abbreviation. Registers the node and the names used."""
        r = self.r
        if e.kind in ("person", "place", "publication"):
            self.node(e, core)
            return e.name
        if e.abbr and e.abbr in self.introduced and r.random() < 0.6:
            self.node(e, core)
            return e.abbr
        name = e.name
        if demonym and e.country is not None and e.country.name not in name and r.random() < 0.5:
            name = f"{e.country.demonym} {e.name}"
            self.node(e, core, alias=name)
        else:
            self.node(e, core)
        if intro and e.abbr and e.abbr not in self.introduced and e.abbr not in self.used_abbrs() and r.random() < 0.5:
            self.introduced.add(e.abbr)
            self.node(e, core, alias=e.abbr)
            return f"{name} ({e.abbr})"
        return name

    def used_abbrs(self) -> set[str]:
        return self.introduced

    def the(self, e: Ent, **kw) -> str:
        """`ref` with "the" for organisations."""
        text = self.ref(e, **kw)
        if e.kind in ("person", "place", "publication") or text == e.abbr:
            return text
        return "the " + text

    def s(self, cap: bool = True) -> str:
        """A reference to the article's subject inside prose (name, abbreviation or anaphora)."""
        e, r = self.subject, self.r
        x = r.random()
        if e.abbr and e.abbr in self.introduced and x < 0.55:
            return e.abbr
        if x < 0.8:
            text = f"the {e.noun}"
        else:
            text = f"the {e.name}"
        return text[0].upper() + text[1:] if cap else text

    def subj_name(self) -> str:
        e = self.subject
        if e.abbr and e.abbr in self.introduced and self.r.random() < 0.6:
            return e.abbr
        return "the " + e.name

    # ---------------------------------------------------------------- footnotes
    def cite(self) -> str:
        """Footnote markers after a sentence: "[1][2]" (glued) or " [1] [2]" (mirror)."""
        if self.marker == "none" or self.r.random() < 0.35:
            return ""
        k = self.r.choice((1, 1, 1, 2, 2, 3))
        nums = []
        for _ in range(k):
            if self.refs and (len(self.refs) >= self.max_refs or self.r.random() < 0.3):
                nums.append(self.r.randint(1, len(self.refs)))
            else:
                self.refs.append(self.new_reference())
                nums.append(len(self.refs))
        nums = sorted(set(nums))
        page = f": {self.r.randint(10, 300)}" if self.r.random() < 0.1 else ""
        if self.marker == "mirror":
            return "".join(f" [{n}]" for n in nums) + (f" :{page[2:]}" if page else "")
        return "".join(f"[{n}]" for n in nums) + page

    def new_reference(self) -> tuple[str, str]:
        r = self.r
        author = f"{r.choice(SCHOLAR_LAST)}, {r.choice(SCHOLAR_FIRST)}"
        y = r.randint(1995, 2023)
        date = f"{y}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        outlet = f"The {r.choice(self.subject.country.cities).name} {r.choice(OUTLET_NOUN)}"
        self.not_nodes.add(outlet)
        topic = r.choice(TOPICS).lower()
        title = r.choice(
            (
                f"How the party's {topic} diplomats changed their tune",
                f"Inside the {topic} bureaus",
                "Scholarships with strings attached",
                f"A {topic} school on the coast",
                f"Who watches the {topic} watchers",
                "Friendship societies as party instruments",
            )
        )
        retrieved = f"{min(NOW, y + r.randint(1, 3))}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        return author, f'({date}). "{title}". {outlet}. Retrieved {retrieved}.'

    def references(self, style: str) -> list[str]:
        """The numbered reference list: "  1. ^ a b Author..." (glued) or "  1. 1 2 Author..." (mirror)."""
        lines = []
        for i, (author, rest) in enumerate(self.refs, start=1):
            k = self.r.choice((1, 1, 1, 2, 3))
            if style == "mirror":
                prefix = " ".join(str(j) for j in range(1, k + 1)) + " " if k > 1 else ""
                lines.append(f"  {i}. {prefix}{author} {rest}")
            else:
                letters = " ".join("abcde"[:k]) + " " if k > 1 else ""
                lines.append(f"  {i}. ^ {letters}{author} {rest}")
        return lines

    # ---------------------------------------------------------------- truth out
    def truth(self) -> dict:
        nodes = []
        for n in self.nodes.values():
            d = {"name": n["name"], "kind": n["kind"], "aliases": list(n["aliases"])}
            if "founded" in n:
                d["founded"] = n["founded"]
            d["core"] = bool(n["core"])
            nodes.append(d)
        names = {n["name"] for n in nodes} | {a for n in nodes for a in n["aliases"]}
        return {
            "doc": self.doc,
            "layout": self.layout,
            "nodes": nodes,
            "edges": list(self.edges.values()),
            "not_nodes": sorted(x for x in self.not_nodes if x not in names),
            "conflicts": [],
        }


# --------------------------------------------------------------------------- sentences


def _cap(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


class Writer:
    """Sentences stating the subject's relations, each recorded in the truth as it is written."""

    def __init__(self, art: Article, world: World) -> None:
        self.a, self.w, self.r = art, world, art.r
        self.e = art.subject

    def sent(self, text: str) -> str:
        return _cap(text)

    # Each method returns one sentence (without footnote markers), or "" when it has nothing to say.
    def parent(self) -> str:
        p = self.e.parent
        if p is None:
            return ""
        a, r = self.a, self.r
        y = r.randint(self.a.founded, NOW - 1)
        form = r.randrange(4)
        if form == 0:
            t = f"In {y}, {a.s(False)} was placed under {a.the(p, demonym=True)}."
            a.edge(self.e, "subordinate_to", p, t, start=y)
        elif form == 1:
            t = f"{a.s()} reports directly to {a.the(p)}."
            a.edge(self.e, "subordinate_to", p, t)
        elif form == 2:
            t = f"{a.s()} falls under {a.the(p, demonym=True)}."
            a.edge(self.e, "subordinate_to", p, t)
        else:
            t = f"{a.s()} operates under the authority of {a.the(p)}."
            a.edge(self.e, "subordinate_to", p, t)
        return t

    def overseer(self) -> str:
        o = self.e.overseer
        if o is None:
            return ""
        a = self.a
        if self.r.random() < 0.5:
            t = f"{a.s()} is overseen by {a.the(o)}."
        else:
            t = f"{a.s()} works under the supervision of {a.the(o)}."
        a.edge(self.e, "overseen_by", o, t)
        return t

    def funder(self) -> str:
        f = self.e.funder
        if f is None:
            return ""
        a, r = self.a, self.r
        form = r.randrange(3)
        if form == 0:
            t = f"{a.s()} is funded by {a.the(f)}."
        elif form == 1:
            t = f"{a.s()} is largely financed by {a.the(f, demonym=True)}."
        else:
            t = f"{_cap(a.the(f))} funds {a.subj_name()}."
        a.edge(self.e, "funded_by", f, t)
        return t

    def operator(self) -> str:
        o = self.e.operator
        if o is None:
            return ""
        a, r = self.a, self.r
        form = r.randrange(3)
        if form == 0:
            t = f"{a.s()} is run by serving officers of {a.the(o)}."
            core = False
            a.node(o, True)
        elif form == 1:
            t = f"{a.s()} is operated by {a.the(o)}."
            core = True
        else:
            t = f"{_cap(a.the(o))} also runs {a.subj_name()}."
            core = True
        a.edge(self.e, "operated_by", o, t, core=core)
        return t

    def founder(self) -> str:
        f = self.e.founder
        a = self.a
        if f is None:
            if self.r.random() < 0.5:
                return f"{a.s()} was established in {a.founded}."
            return ""
        if self.e.former and self.r.random() < 0.5:
            t = f"The {self.e.former} was founded in {a.founded} by {a.the(f)}."
            a.node(self.e, True, alias=self.e.former)
        elif self.r.random() < 0.6:
            t = f"{a.s()} was founded in {a.founded} by {a.the(f)}."
        else:
            t = f"In {a.founded}, {a.the(f)} established {a.subj_name()}."
        a.edge(self.e, "established_by", f, t, start=a.founded)
        return t

    def affiliation(self, target: Ent | None = None) -> str:
        p = target or self.e.party or self.e.operator
        if p is None:
            return ""
        a = self.a
        word = self.r.choice(("", "mainly ", "primarily ", "closely "))
        t = f"{a.s()} is affiliated {word}with {a.the(p)}."
        a.edge(self.e, "affiliated_with", p, t)
        return t

    def network(self) -> str:
        n = self.e.network
        if n is None:
            return ""
        a = self.a
        t = f"{a.s()} is a member of {a.the(n)}"
        if self.e.targets and self.r.random() < 0.7:
            g = Ent(self.e.targets, "foreign")
            t += f", which analysts describe as a platform for influence operations targeting {g.name}."
            a.node(g, False)
            a.edge(n, "targets", g, t, core=False)
        else:
            t += "."
        a.edge(self.e, "part_of", n, t)
        return t

    def partner(self, p: Ent) -> str:
        a = self.a
        if self.r.random() < 0.5:
            t = f"{a.s()} is a partner of {a.the(p)}, with which it runs a joint visiting fellowship."
        else:
            t = f"{a.s()} has a partnership with {a.the(p)}."
        a.edge(self.e, "partner_of", p, t)
        return t

    def publication(self) -> str:
        pub = self.e.publication
        if pub is None:
            return ""
        a = self.a
        word = self.r.choice(("journal", "quarterly", "journal", "bulletin"))
        t = f"{a.s()} publishes the {word} {pub.name}."
        a.node(pub, True, founded=self.e.pub_year)
        a.edge(self.e, "publishes", pub, t, start=self.e.pub_year)
        return t

    def customer(self) -> str:
        c = self.e.customer
        if c is None:
            return ""
        a, r = self.a, self.r
        if r.random() < 0.5:
            inst = Ent(f"{self.w.rng.choice(self.w.countries).name} Institute of Strategy", "foreign")
            t = (
                f"A {r.randint(1995, 2020)} assessment by the {inst.name} concluded that the {self.e.noun}'s "
                f"principal customer is {a.the(c)}."
            )
            a.node(inst, False)
        else:
            t = f"{a.s()} has many clients, but its main customer is {a.the(c)}."
        a.edge(self.e, "serves", c, t)
        return t

    def controller(self) -> str:
        c = self.e.controller
        if c is None:
            return ""
        t = f"{self.a.s()} is controlled by {self.a.the(c)}."
        self.a.edge(self.e, "controlled_by", c, t)
        return t

    def created(self, child: Ent, year: int) -> str:
        a = self.a
        t = f"In {year}, {a.subj_name()} established {a.the(child)}."
        a.node(child, True, founded=year)
        a.edge(child, "established_by", self.e, t, start=year)
        return t

    def headquarters(self) -> str:
        a, e = self.a, self.e
        t = f"{a.s()} is based in {e.city.name}, {e.city.country.name}."
        a.node(e.city, True, alias=f"{e.city.name}, {e.city.country.name}")
        a.edge(e, "headquartered_in", e.city, t)
        return t

    def served_as(self) -> str:
        """A past leader in prose: "<Person> served as director of <Subject> from Y1 to Y2."."""
        past = [x for x in self.e.leaders[:-1] if x[0] is not None and x[2] is not None and x[1] < x[2]]
        if not past:
            return ""
        p, s, e, _, _ = self.r.choice(past)
        a = self.a
        title = self.e.leader_title.lower()
        t = f"{p.name} served as {title} of {a.subj_name()} from {s} to {e}."
        a.edge(p, "leads", self.e, t, start=s, end=e, title=self.e.leader_title)
        return t

    def scholar(self) -> str:
        r, a = self.r, self.a
        who = Ent(f"{r.choice(SCHOLAR_FIRST)} {r.choice(SCHOLAR_LAST)}", "person")
        a.node(who, False)
        quote = r.choice(
            (
                "a bureau wearing an academic gown",
                "the party's eyes and ears abroad",
                "a friendly door that foreigners walk through on their own",
                "part of the state in everything but name",
            )
        )
        return f'According to the historian {who.name}, the {self.e.noun} is "{quote}."'

    def absorbed(self) -> str:
        c = self.e.country
        a, r = self.a, self.r
        old = Ent(
            self.w.unique(lambda: f"{r.choice(TOPICS)} Bureau of the {r.choice(c.ministries).name}"),
            "state_body",
            country=c,
        )
        y = r.randint(self.a.founded, NOW - 1)
        t = f"In {y}, the {old.name} was absorbed into {a.subj_name()}."
        a.edge(old, "absorbed_into", self.e, t, start=y)
        return t

    def filler(self) -> str:
        """A sentence that states no relation and names nobody (the bulk of any article)."""
        r, e, a = self.r, self.e, self.a
        t1, t2, t3 = (x.lower() for x in r.sample(TOPICS, 3))
        k = e.departments or 5
        staff = e.staff or 100
        decade = r.choice(range(max(1950, a.founded // 10 * 10 + 10), 2030, 10)) if a.founded < 2015 else 2010
        forms = (
            f"In the {decade}s the {e.noun} widened its work on {t1} and {t2} questions and opened "
            f"{r.randint(2, 9)} new programmes.",
            f"Its researchers write on {t1}, {t2} and {t3}, and brief officials before regional summits.",
            f"The {e.noun} is divided into {k} departments, {k // 3 + 1} of them regional.",
            f"Its annual conference on {t1} policy draws several hundred participants from abroad.",
            f"Critics say its reports on {t1} rarely depart from the official line.",
            f"Over the years its work has shifted from {t1} towards {t2} and, more recently, {t3}.",
            f"It runs short courses on {t1} law for junior officials and for visiting delegations.",
            f"The {e.noun} has a staff of approximately {staff}, including {staff // 4} senior research fellows.",
            f"Its library holds more than {r.randint(10, 400)},000 volumes on {t1} and {t2}.",
            f"Since the {decade}s it has hosted an annual dialogue on {t1} affairs.",
            f"Much of its early work concerned {t1} disputes along the northern coast, where it kept a small field "
            f"office for {r.randint(3, 20)} years.",
            f"Its fellows are regularly quoted in the state press on {t1} and {t2}, and rarely in foreign media.",
            f"A {t1} programme launched in {r.randint(max(a.founded, 1950), 2023)} brought in researchers from "
            f"{r.randint(3, 30)} countries on short contracts.",
            f"The {e.noun} does not publish its budget, which observers estimate at a few million dollars a year.",
            f"Several of its former staff went on to senior posts in the {t1} and {t2} administrations.",
            f"Its seminars on {t1} are closed to the public, and their reports circulate only among officials.",
            f"During the {decade}s its output fell sharply, and several of its {t2} programmes were wound up.",
            f"It maintains exchange agreements with {r.randint(5, 80)} universities and research centres abroad.",
            f"Its website is published in four languages and carries summaries of its {t1} reports.",
            f"Visiting delegations are usually received at its guest house, which also hosts {t2} workshops.",
        )
        if not a.deck:
            a.deck = list(range(len(forms)))
            r.shuffle(a.deck)
        return forms[a.deck.pop()]


# --------------------------------------------------------------------------- layouts


def _leader_line(person: Ent | None, s: int, e: int | None, sm: str | None, em: str | None, r) -> str:
    name = person.name if person else "Unknown"
    start = f"{sm} {s}" if sm else str(s)
    end = "present" if e is None else (f"{em} {e}" if em else str(e))
    if person is not None and r.random() < 0.06:
        start, end = "unknown", "unknown"
    return f"{name} ({start} – {end})"


def _record_leaders(a: Article, e: Ent, lines: list[str], title: str, prefix: str = "") -> list[str]:
    """List entries of past and present leaders; each is a core `leads` edge."""
    out = []
    for (person, s, end, sm, em), line in zip(e.leaders, lines):
        out.append(prefix + line)
        if person is None:
            continue
        if "(unknown – unknown)" in line:
            a.edge(person, "leads", e, line, title=title)
        else:
            a.edge(person, "leads", e, line, start=s, end=end, title=title)
    a.not_nodes.add("Unknown")
    return out


def _body(wr: Writer, a: Article, budget: int) -> list[tuple[str, list[str]]]:
    """Sections of prose, as (heading, paragraphs); each paragraph a string of sentences with markers."""
    r, e = a.r, a.subject

    def para(sentences: list[str]) -> str:
        out = []
        for s in sentences:
            if s:
                out.append(s + a.cite())
        return " ".join(out)

    history = [wr.founder(), wr.filler(), wr.parent()]
    if e.former and r.random() < 0.5:
        y = r.randint(a.founded, NOW - 1)
        t = f"In {y}, the {e.former} was renamed the {e.name}."
        a.node(e, True, alias=e.former)
        history.append(t)
    if e.publication is not None and r.random() < 0.5:
        history.append(f"It started publishing {e.publication.name} in {e.pub_year}.")
        a.node(e.publication, False)
    ties = [wr.affiliation(), wr.overseer(), wr.controller(), wr.scholar() if r.random() < 0.5 else "", wr.served_as()]
    if e.hub and r.random() < 0.5:
        ties.append(wr.absorbed())
    work = [wr.filler(), wr.network()]
    for p in e.partners:
        work.append(wr.partner(p))
    for child, year in e.created[:3]:
        work.append(wr.created(child, year))
    work.append(wr.filler())
    sections = [
        ("History", [para(history)]),
        ("Ties to the state", [para(ties)]),
        ("Research and influence", [para(work)]),
    ]
    size = sum(len(p) for _, ps in sections for p in ps)
    extra = []
    while size < budget:
        p = para([wr.filler() for _ in range(r.randint(2, 4))])
        extra.append(p)
        size += len(p)
    if extra:
        sections.insert(2, ("Activities", extra))
    return [(h, [p for p in ps if p]) for h, ps in sections if any(ps)]


def _lead(wr: Writer, a: Article, zh: bool = True) -> str:
    """The defining first sentence(s): "The X (ABBR; Chinese: ...) is the public face of ..."."""
    e, r = a.subject, a.r
    inside = []
    if e.abbr:
        inside.append(e.abbr)
        a.introduced.add(e.abbr)
        a.node(e, True, alias=e.abbr)
    if zh and e.zh:
        inside.append(f"Chinese: {e.zh}")
        a.node(e, True, alias=e.zh)
    par = f" ({'; '.join(inside)})" if inside else ""
    head = f"The {e.name}{par}"
    a.node(e, True, founded=a.founded)
    if e.bureau is not None:
        b = e.bureau
        sec = b.parent
        verb = r.choice(("is the public face of", "is the cover identity of", "serves as a front for"))
        bname = b.name
        if r.random() < 0.5:
            bname = b.name.replace(f"the {sec.name}", f"the {sec.country.demonym} {sec.name}")
            a.node(b, True, alias=bname)
        secref = f" ({sec.abbr})" if sec.abbr and sec.abbr not in a.introduced else ""
        if secref:
            a.introduced.add(sec.abbr)
            a.node(sec, True, alias=sec.abbr)
        t = f"{head} {verb} the {bname}{secref}."
        a.edge(e, "front_for", b, t)
        a.edge(b, "subordinate_to", sec, t)
        return t
    t = f"{head} is a {e.desc} based in {e.city.name}, {e.city.country.name}."
    a.node(e.city, True, alias=f"{e.city.name}, {e.city.country.name}")
    a.edge(e, "headquartered_in", e.city, t)
    return t


def render_dash(wr: Writer, a: Article, budget: int) -> str:
    e, r = a.subject, a.r
    a.marker = "none"
    lines = [f"= {e.name} =", "", e.name]
    keys = []

    def kv(k, v):
        keys.append(k)
        lines.append(f"- {k}: {v}")
        return f"{k}: {v}"

    if e.abbr:
        kv("Logo Caption", f"{e.abbr} emblem")
        kv("Abbreviation", e.abbr)
        a.not_nodes.add(f"{e.abbr} emblem")
    if e.former:
        kv("Formerly", e.former)
        a.node(e, True, alias=e.former)
    kv("Logo", f"{e.name} emblem.png")
    a.not_nodes.add(f"{e.name} emblem.png")
    kv("Type", e.type_desc)
    a.not_nodes.add(e.type_desc)
    kv("Founded", a.founded)
    ev = kv("Headquarters", f"{e.city.name}, {e.city.country.name}")
    a.node(e.city, True, alias=f"{e.city.name}, {e.city.country.name}")
    a.edge(e, "headquartered_in", e.city, ev)
    if e.parent is not None:
        ev = kv(r.choice(("Parent Organisation", "Parent Organization")), a.ref(e.parent, intro=False))
        a.edge(e, "subordinate_to", e.parent, ev)
    if e.party is not None:
        ev = kv("Affiliations", e.party.name)
        a.edge(e, "affiliated_with", e.party, ev)
    n = 1
    leader = e.leaders[-1]
    suffix = "" if n == 1 else str(n)
    kv(f"Leader Title{suffix}", e.leader_title)
    ev = kv(f"Leader Name{suffix}", leader[0].name)
    a.edge(leader[0], "leads", e, ev, start=leader[1], title=e.leader_title)
    for i, (p, title) in enumerate(e.deputies[:2], start=2):
        kv(f"Leader Title{i}", title)
        ev = kv(f"Leader Name{i}", p.name)
        a.edge(p, "leads", e, ev, title=title)
        a.not_nodes.add(title)
    a.not_nodes.update(keys)
    a.not_nodes.add(e.leader_title)
    lines.append("")
    lead = [_lead(wr, a), wr.operator(), wr.funder(), wr.customer()]
    lines.append(" ".join(x for x in lead if x))
    lines.append("")
    lines.append(" ".join(x for x in (wr.filler(), wr.publication(), wr.filler()) if x))
    for heading, paras in _body(wr, a, budget):
        lines += ["", f"=={heading}==", ""]
        lines.append("\n\n".join(paras))
    lines += ["", f"== {e.leader_title}s ==" if e.leader_title != "Chairman" else "== Chairmen =="]
    entries = [_leader_line(*x, r) for x in e.leaders]
    lines += _record_leaders(a, e, entries, e.leader_title, prefix="- ")
    a.not_nodes.update({f"{e.leader_title}s", "Chairmen", "See also", "History"})
    see = _see_also(a)
    if see:
        lines += ["", "== See also =="] + [f"- {x}" for x in see]
    return "\n".join(lines) + "\n"


def _see_also(a: Article) -> list[str]:
    e, r = a.subject, a.r
    pool = [x for x in e.country.orgs if x is not e]
    out = []
    for x in r.sample(pool, min(len(pool), r.randint(1, 3))):
        a.node(x, False)
        out.append(x.name)
    return out


def render_profile(wr: Writer, a: Article, budget: int) -> str:
    e, r = a.subject, a.r
    a.marker = "none"
    title = f"{e.name} ({e.abbr})" if e.abbr else e.name
    if e.abbr:
        a.introduced.add(e.abbr)
        a.node(e, True, alias=e.abbr)
    a.node(e, True, founded=a.founded)
    place = f"{e.city.name}, {e.city.country.name}"
    defining = f"The {title} is a {e.desc} based in {place}."
    a.node(e.city, True, alias=place)
    a.edge(e, "headquartered_in", e.city, defining)
    team = [(e.leaders[-1][0], e.leader_title)] + e.deputies[:2]
    block = (
        [title, "Leadership team", ""]
        + [f"{p.name} ({t})" for p, t in team]
        + ["", place, "Region served", "Year stablished", str(a.founded)]
    )
    for p, t in team:
        a.edge(p, "leads", e, f"{p.name} ({t})", title=t)
        a.not_nodes.add(t)
    a.not_nodes.update({"Leadership team", "Region served", "Year stablished", "Goals and Purpose"})
    lines = [title, "", defining] + block + [""]
    s1 = f"The {title} is a {e.desc} based in {place}."
    parts = [s1]
    if e.party is not None or e.overseer is not None:
        bits = []
        if e.party is not None:
            bits.append(f"has been affiliated with {a.the(e.party)}")
        if e.overseer is not None:
            bits.append(f"has worked under the supervision of {a.the(e.overseer)}")
        t = f"Since its establishment in {a.founded}, the {e.noun} " + " and ".join(bits) + "."
        if e.party is not None:
            a.edge(e, "affiliated_with", e.party, t)
        if e.overseer is not None:
            a.edge(e, "overseen_by", e.overseer, t)
        parts.append(t)
    lines.append(" ".join(parts))
    lines.append("")
    for chunk in (
        [wr.filler(), wr.publication()],
        [wr.funder(), wr.filler()],
        [wr.parent(), wr.filler()],
        [wr.network(), wr.customer()],
    ):
        text = " ".join(x for x in chunk if x)
        if text:
            lines += [text, ""]
    founding = f"The {title} was established in {a.founded} in {e.city.name}"
    if e.founder is not None:
        founding += f" by {a.the(e.founder)}."
        a.edge(e, "established_by", e.founder, founding, start=a.founded)
    else:
        founding += "."
    lines += ["", founding + " " + wr.filler(), ""]
    size = sum(len(x) for x in lines)
    while size < budget * 0.6:
        p = " ".join(wr.filler() for _ in range(r.randint(2, 4)))
        lines += [p, ""]
        size += len(p)
    lines += ["Goals and Purpose", "", f"The {title} pursues several goals, including:", ""]
    goals = [
        f"- Advising the government: its main purpose is to supply officials with research "
        f"and policy options on {r.choice(TOPICS).lower()} affairs."
    ]
    for p in e.partners[:2]:
        t = f"{a.s()} has a partnership with {a.the(p)}."
        a.edge(e, "partner_of", p, t)
        goals.append(f"- Building dialogue: {t}")
    if e.operator is not None:
        goals.append(f"- Working with the state: {wr.operator()}")
    goals.append(f"- Promoting its image abroad: {wr.filler()}")
    lines += ["\n\n".join(goals), "", ""]
    past = wr.served_as()
    effects = [f"- Influence on policy: {wr.filler()}"]
    if past:
        effects.append(f"- Leadership: {past}")
    if e.targets:
        g = Ent(e.targets, "foreign")
        t = f"- Accusations of intelligence work: the {e.noun} has been accused of targeting {g.name}."
        a.node(g, False)
        a.edge(e, "targets", g, t[2:], core=False)
        effects.append(t)
    lines += [f"The {title} has had several effects, including:", "", "\n\n".join(effects), ""]
    lines += block
    return "\n".join(lines)


def render_glued(wr: Writer, a: Article, budget: int, infobox_first: bool) -> str:
    e, r = a.subject, a.r
    a.marker = "glued"
    box = [e.name]
    keys = set()
    if e.zh and not infobox_first:
        box.append(f"{e.zh} (Chinese)")
        a.node(e, True, alias=e.zh)
    if e.abbr and infobox_first:
        box.append(f"Abbreviation{e.abbr}")
        keys.add("Abbreviation")
        a.node(e, True, alias=e.abbr)
    box.append(f"Formation{a.founded}; {NOW - a.founded} years ago ({a.founded})")
    if e.bureau is not None and not infobox_first:
        box.append(e.bureau.name)
        a.node(e.bureau, True)
    if infobox_first:
        box.append(f"Type{e.type_desc}")
        box.append(f"Headquarters{e.address}")
        a.node(e.city, True, alias=e.address)
        a.edge(e, "headquartered_in", e.city, f"Headquarters{e.address}")
        keys.update({"Type", "Headquarters"})
        a.not_nodes.add(e.type_desc)
    leader = e.leaders[-1]
    if infobox_first:
        box.append(f"Leader{leader[0].name}")
        a.edge(leader[0], "leads", e, f"Leader{leader[0].name}", start=leader[1], title="Leader")
        keys.add("Leader")
    else:
        box += [e.leader_title, leader[0].name]
        a.edge(leader[0], "leads", e, f"{e.leader_title}\n{leader[0].name}", start=leader[1], title=e.leader_title)
        keys.add(e.leader_title)
    if e.deputies:
        title = e.deputies[0][1]
        key = {"Deputy Minister": "Deputy ministers", "Deputy Director": "Deputy directors"}.get(title)
        if key:
            names = ", ".join(p.name for p, _ in e.deputies)
            box += [key, names]
            keys.add(key)
            for p, _ in e.deputies:
                a.edge(p, "leads", e, f"{key}\n{names}", title=title)
        else:
            for p, t in e.deputies[:1]:
                box += [t, p.name]
                keys.add(t)
                a.edge(p, "leads", e, f"{t}\n{p.name}", title=t)
    if e.parent is not None:
        pname = e.parent.name
        box += ["Parent organization", pname]
        keys.add("Parent organization")
        a.edge(e, "subordinate_to", e.parent, f"Parent organization\n{pname}")
    kids = e.children[:4]
    if kids:
        box.append(f"Subsidiaries{kids[0].name}")
        box += [k.name for k in kids[1:]]
        keys.add("Subsidiaries")
        for k in kids:
            a.edge(k, "subordinate_to", e, f"Subsidiaries{kids[0].name}" if k is kids[0] else k.name)
    if e.party is not None:
        box.append(f"Affiliations{e.party.name} Edit this at Wikidata")
        keys.add("Affiliations")
        a.edge(e, "affiliated_with", e.party, f"Affiliations{e.party.name}")
    if e.former:
        box += ["Formerly called", e.former]
        keys.add("Formerly called")
        a.node(e, True, alias=e.former)
    if e.zh and not infobox_first:
        box += ["Chinese name", f"Simplified Chinese{e.zh}", f"Traditional Chinese{e.zh}"]
        keys.update({"Chinese name", "Simplified Chinese", "Traditional Chinese"})
    a.not_nodes.update(keys)
    a.not_nodes.update({"See also", "References", "History", "Functions", "External links"})

    lead = [_lead(wr, a, zh=infobox_first), wr.operator(), wr.funder()]
    if e.founder is None:
        lead.append(
            f"{e.abbr or 'It'} was founded in {a.founded} and is active in work on {r.choice(TOPICS).lower()} affairs."
        )
    lead_text = " ".join(x + a.cite() for x in lead if x)
    out = [box[0], ""] if infobox_first else [e.name, "", ""]
    if infobox_first:
        out = box + ["", lead_text, "", ""]
    else:
        out += [lead_text, ""] + box + [""]
    for heading, paras in _body(wr, a, budget):
        out += [f"{heading} edit", ""] if r.random() < 0.5 else [""]
        out += ["\n\n".join(paras), ""]
    out += ["", f"{e.leader_title}s of the {e.abbr or e.noun}:", "", "See also edit", "", "References edit", ""]
    out += a.references("glued")
    out += ["", "External links edit", "", "  • Official website"]
    return "\n".join(out) + "\n"


def render_mirror(wr: Writer, a: Article, budget: int, world: World) -> str:
    e, r = a.subject, a.r
    a.marker = "mirror"
    box = [e.name, "", "Last updated", e.name]
    keys = {"Last updated"}
    if e.zh:
        box.append(e.zh)
        a.node(e, True, alias=e.zh)
    agency = e.kind in ("security_service", "state_body")
    leader = e.leaders[-1]
    if agency:
        box.append("Agency overview")
        day, month = r.randint(1, 28), r.choice(MONTHS)
        box.append(f"Formed {day} {month} {a.founded}; {NOW - a.founded} years ago")
        box.append(f"Jurisdiction Republic of {e.country.name}")
        box.append(f"Headquarters {e.address}")
        a.node(e.city, True, alias=e.address)
        a.edge(e, "headquartered_in", e.city, f"Headquarters {e.address}")
        box.append("Employees Classified")
        box += [
            "Minister responsible" if e.leader_title == "Minister" else "Key people",
            f"{leader[0].name}, {e.leader_title}",
        ]
        a.edge(
            leader[0],
            "leads",
            e,
            f"{leader[0].name}, {e.leader_title}",
            start=leader[1],
            title="Minister" if e.leader_title == "Minister" else "Leader",
        )
        if e.deputies:
            box.append("Agency executives")
            for p, t in e.deputies:
                box.append(f"{p.name}, {t}")
                a.edge(p, "leads", e, f"{p.name}, {t}", title="Executive")
        if e.parent is not None:
            box.append(f"Parent agency {e.parent.name}")
            a.edge(e, "subordinate_to", e.parent, f"Parent agency {e.parent.name}")
        kids = e.children[:4]
        if kids:
            box.append("Child agencies")
            box += [k.name for k in kids]
            for k in kids:
                a.edge(k, "subordinate_to", e, f"Child agencies\n{kids[0].name}" if k is kids[0] else k.name)
        keys.update(
            {
                "Agency overview",
                "Formed",
                "Jurisdiction",
                "Headquarters",
                "Employees",
                "Minister responsible",
                "Key people",
                "Agency executives",
                "Parent agency",
                "Child agencies",
                "Classified",
            }
        )
    else:
        if e.abbr:
            box.append(f"Abbreviation {e.abbr}")
            a.node(e, True, alias=e.abbr)
        box.append(f"Formation {a.founded}; {NOW - a.founded} years ago ({a.founded})")
        box.append(f"Type {e.type_desc}")
        a.not_nodes.add(e.type_desc)
        box.append(f"Headquarters {e.address}")
        a.node(e.city, True, alias=e.address)
        a.edge(e, "headquartered_in", e.city, f"Headquarters {e.address}")
        box.append(f"Leader {leader[0].name}")
        a.edge(leader[0], "leads", e, f"Leader {leader[0].name}", start=leader[1], title="Leader")
        if e.parent is not None:
            box += ["Parent organization", e.parent.name]
            a.edge(e, "subordinate_to", e.parent, f"Parent organization\n{e.parent.name}")
        kids = e.children[:3]
        if kids:
            box.append(f"Subsidiaries {kids[0].name}")
            box += [k.name for k in kids[1:]]
            for k in kids:
                a.edge(k, "subordinate_to", e, f"Subsidiaries {kids[0].name}" if k is kids[0] else k.name)
        if e.party is not None:
            box.append(f"Affiliations {e.party.name}")
            a.edge(e, "affiliated_with", e.party, f"Affiliations {e.party.name}")
        if e.former:
            box += ["Formerly called", e.former]
            a.node(e, True, alias=e.former)
        keys.update(
            {
                "Abbreviation",
                "Formation",
                "Type",
                "Headquarters",
                "Leader",
                "Parent organization",
                "Subsidiaries",
                "Affiliations",
                "Formerly called",
            }
        )
    slug = (e.abbr or "org").lower()
    box.append(f"Website www.{slug}.gov.{e.country.name[:2].lower()} OOjs UI icon edit-ltr-progressive.svg")
    a.not_nodes.update(keys | {"Contents", "History", "See also", "Related Research Articles", "References", "Website"})
    lead = [_lead(wr, a, zh=False), wr.overseer() if agency else wr.operator(), wr.funder()]
    out = box + ["", " ".join(x + a.cite() for x in lead if x), "", "Contents", ""]
    for heading, paras in _body(wr, a, budget):
        out += [heading, ""] + [p for para in paras for p in (para, "")]
    heading = {"Minister": "Ministers", "Chairman": "Chairmen"}.get(e.leader_title, e.leader_title + "s")
    out += [heading, ""]
    entries = [_leader_line(*x, r) for x in e.leaders]
    out += _record_leaders(a, e, entries, e.leader_title)
    a.not_nodes.add(heading)
    out += ["", "See also", "", "Related Research Articles", ""]
    for other in _related(a, world):
        out += other + [""]
    out += ["References", ""] + a.references("mirror")
    return "\n".join(out) + "\n"


def _related(a: Article, world: World) -> list[list[str]]:
    """Related Research Articles blurbs: each subject is a core node, with its headline relation."""
    e, r = a.subject, a.r
    c = e.country
    pool = [x for x in c.orgs + c.security + c.departments if x is not e]
    if e.partners:
        pool = e.partners + pool
    chosen = []
    for x in pool:
        if x not in chosen and (len(chosen) < 2 or r.random() < 0.3):
            chosen.append(x)
        if len(chosen) >= r.randint(3, 6):
            break
    blocks = []
    for x in chosen:
        short = f"{c.demonym} {x.desc}"
        head = f'<span class="mw-page-title-main">{x.name}</span> {short}'
        a.node(x, True)
        inside = f" ({x.abbr})" if x.abbr else ""
        if x.abbr:
            a.node(x, True, alias=x.abbr)
        first = f"The {x.name}{inside} is a {x.desc}"
        if x.bureau is not None:
            t = f"{first} that serves as the public face of the {x.bureau.name}."
            a.edge(x, "front_for", x.bureau, t)
            a.edge(x.bureau, "subordinate_to", x.bureau.parent, t)
        elif x.parent is not None and r.random() < 0.6:
            t = f"{first} that reports directly to the {x.parent.name}."
            a.edge(x, "subordinate_to", x.parent, t)
        else:
            t = f"{first} based in {x.city.name}."
            a.node(x.city, True)
            a.edge(x, "headquartered_in", x.city, t)
        second = ""
        if x.funder is not None:
            second = f" It is funded by the {x.funder.name}."
            a.edge(x, "funded_by", x.funder, second.strip())
        elif x.publication is not None:
            second = f" It publishes the journal {x.publication.name}."
            a.node(x.publication, True)
            a.edge(x, "publishes", x.publication, second.strip())
        blocks.append([head, "", t + second])
    return blocks


# --------------------------------------------------------------------------- the corpus


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:48]


def generate(n: int, seed: int = 0):
    """Yield ``(file name, text, truth entry)`` for `n` articles (deterministic in n and seed)."""
    world = World(n, seed)
    subjects_of: dict[int, Ent] = {}
    founded_of: dict[int, int] = {}
    k = 0
    for i in range(n):
        layout = LAYOUTS[i % len(LAYOUTS)]
        rng = random.Random(f"orgnet-article-{seed}-{i}")
        second = i % 10 == 9 and i >= 5
        if second:
            subject = subjects_of[i - 5]
        else:
            subject = world.subjects[k % len(world.subjects)]
            k += 1
        subjects_of[i] = subject
        founded = subject.founded
        conflict = None
        if second and rng.random() < 0.3:
            founded = subject.founded + rng.choice((-3, -2, -1, 1, 2, 4))
            conflict = (subject.name, subject.founded, founded, i - 5)
        founded_of[i] = founded
        doc = f"{i:05d}_{_slug(subject.name)}.txt"
        art = Article(doc, layout, subject, rng, founded)
        wr = Writer(art, world)
        budget = rng.randint(1500, 7500)
        if layout == "dash-infobox":
            text = render_dash(wr, art, budget)
        elif layout == "profile-page":
            text = render_profile(wr, art, budget)
        elif layout == "glued-infobox":
            text = render_glued(wr, art, budget, infobox_first=rng.random() < 0.5)
        else:
            text = render_mirror(wr, art, budget, world)
        truth = art.truth()
        if conflict is not None:
            name, v1, v2, j = conflict
            truth["conflicts"].append(
                {"entity": name, "field": "founded", "values": [v1, v2], "docs": [f"{j:05d}_{_slug(name)}.txt", doc]}
            )
        yield doc, text, truth


def truth_path_for(folder: str | Path) -> Path:
    """Where :func:`write_corpus` puts the truth file by default: beside the folder, ``<folder>.truth.yaml``."""
    folder = Path(folder)
    return folder.with_name(folder.name + ".truth.yaml")


def write_corpus(
    folder: str | Path, n: int, seed: int = 0, truth_path: str | Path | None = None, truth: bool = True
) -> dict:
    """Write `n` invented articles into `folder` and their truth (gold format) to `truth_path`.

    The truth goes beside the folder by default (``<folder>.truth.yaml``), not inside it, so
    that ``orgnet build folder`` sees only the articles. Returns the truth as a dict
    (``{"documents": [...]}``); the same seed and n give byte-identical files. With
    ``truth=False`` only the articles are written (and ``documents`` is empty): at 100,000
    articles the truth takes about 10 GB of memory and longer than the articles to write.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    documents = []
    for doc, text, what in generate(n, seed):
        (folder / doc).write_text(text, encoding="utf-8")
        if truth:
            documents.append(what)
    data = {"documents": documents}
    if not truth:
        return data
    path = Path(truth_path) if truth_path else truth_path_for(folder)
    header = (
        f"# Truth of a synthetic corpus: benchmarks/corpus.py, n={n}, seed={seed}.\n"
        "# Format of shared/gold/seeds.yaml; every name is invented. Score a build with\n"
        f"#   orgnet evaluate {path.name} --tables TABLES_DIR\n"
    )
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    with path.open("w", encoding="utf-8") as fh:
        fh.write(header)
        yaml.dump(data, fh, Dumper=dumper, allow_unicode=True, sort_keys=False, width=120)
    return data


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", help="folder to write the articles into (created)")
    ap.add_argument("--n", type=int, default=200, help="number of articles (default 200)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--truth", help="truth file (default: <folder>.truth.yaml beside the folder)")
    args = ap.parse_args(argv)
    data = write_corpus(args.folder, args.n, args.seed, args.truth)
    size = sum(p.stat().st_size for p in Path(args.folder).glob("*.txt"))
    n_edges = sum(len(d["edges"]) for d in data["documents"])
    print(
        f"wrote {len(data['documents'])} articles ({size / 1e6:.1f} MB) to {args.folder}, "
        f"truth ({n_edges} relations) to {args.truth or truth_path_for(args.folder)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
