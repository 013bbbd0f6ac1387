"""What each vocabulary file must hold (:func:`orgnet.vocabulary.check_text`): a check per file
(relations, kinds, fields, phrases, names, hedges, countries, values), each failing with a
:class:`~orgnet.errors.VocabularyError` that names the file, the line, the entry and the problem."""

from __future__ import annotations

import re
from typing import Any, NoReturn

import yaml

from .errors import VocabularyError

__all__ = ["Check", "CHECKS", "what_value", "FTM_NODE_SCHEMATA", "FTM_LINK_SCHEMATA"]

# libyaml's C parser when PyYAML has it (to find an entry's line)
try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader as _SafeLoader


def what_value(value: Any) -> str:
    """What a YAML value is, for a message ("a list", "a mapping", ...)."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{value} (YAML reads yes, no, on and off as true or false: quote the word)"
    return {dict: "a mapping", list: "a list", str: "a string", int: "a number", float: "a number"}.get(
        type(value), type(value).__name__
    )


_EXPECTED = {dict: "a mapping", list: "a list", str: "a string", bool: "true or false", int: "a whole number"}


class Check:
    """One file being checked: its name for messages and its text (to find an entry's line)."""

    def __init__(self, source: str, text: str) -> None:
        self.source, self.text = source, text
        self.attributes: set[str] = set()  # the relations' attributes, for a fields file's roles

    def fail(self, path: tuple, problem: str, entry: str | None = None) -> NoReturn:
        """Raise a VocabularyError naming the file, the line of `path`, the entry and `problem`."""
        line = _line_of(self.text, path)
        where = f"{self.source}, line {line}" if line else self.source
        entry = entry or _path_name(path)
        raise VocabularyError(f"{where}: {entry}: {problem}" if entry else f"{where}: {problem}")

    def get(self, data: dict, path: tuple, key: str, expected: type, required: bool = True) -> Any:
        """``data[key]`` when it is of type `expected` (None when it is absent and not required)."""
        if key not in data:
            if required:
                self.fail(path, f"no {key!r}")
            return None
        return self.typed(data[key], path + (key,), expected)

    def typed(self, value: Any, path: tuple, expected: type, entry: str | None = None) -> Any:
        """`value` when it is of type `expected` (a bool is no number)."""
        if not isinstance(value, expected) or isinstance(value, bool) and expected is not bool:
            self.fail(path, f"expected {_EXPECTED[expected]}, found {what_value(value)}", entry)
        return value

    def words(self, value: Any, path: tuple) -> list:
        """`value` when it is a list of strings."""
        for i, w in enumerate(self.typed(value, path, list)):
            self.typed(w, path + (i,), str)
        return value

    def known(
        self,
        value: Any,
        path: tuple,
        known: set[str] | frozenset[str],
        what: str,
        entry: str | None = None,
        where: str | None = None,
    ) -> None:
        """Fail unless `value` is one of `known` (the `what` names of another file, or of `where`)."""
        if value in known:
            return
        import difflib

        close = difflib.get_close_matches(str(value), sorted(known), n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"known: {', '.join(sorted(known))}"
        self.fail(path, f"{what[:-1]} {value!r} is not in {where or what + '.yaml'} ({hint})", entry)


def _path_name(path: tuple) -> str:
    """``("phrases", 3, "relation")`` -> ``phrases[3].relation``."""
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


def _line_of(text: str, path: tuple) -> int | None:
    """The line of the deepest node of `path` found in `text` (parsed again, on error only)."""
    try:
        node = yaml.compose(text, Loader=_SafeLoader)
    except yaml.YAMLError:
        return None
    line = None
    for step in path:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if getattr(k, "value", None) == str(step)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            node = None
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")
# the node shapes of vis-network that need nothing but a colour (the pages draw with it)
_SHAPES = set("dot ellipse circle box database text diamond square triangle triangleDown star hexagon".split())


def _colour(c: Check, spec: dict, path: tuple) -> None:
    colour = c.get(spec, path, "colour", str)
    if not _COLOUR.fullmatch(colour):
        c.fail(path + ("colour",), f"colour {colour!r} is not a #rrggbb (or #rgb) colour")


#: the FollowTheMoney schemata a kind or a relation may map to (orgnet.export.ftm_entities)
FTM_NODE_SCHEMATA = ("Organization", "PublicBody", "Company", "Person", "Address", "LegalEntity")
FTM_LINK_SCHEMATA = {
    "Directorship": ("director", "organization"),
    "Membership": ("member", "organization"),
    "Ownership": ("owner", "asset"),
    "Employment": ("employee", "employer"),
    "Representation": ("agent", "client"),
    "UnknownLink": ("subject", "object"),
}


def _check_relations(c: Check, data: dict, _relations: set, _kinds: set) -> None:
    for rel, spec in c.get(data, (), "relations", dict).items():
        path = ("relations", rel)
        c.typed(spec, path, dict)
        _colour(c, spec, path)
        c.get(spec, path, "label", str, required=False)
        c.get(spec, path, "hierarchy", bool, required=False)
        c.get(spec, path, "same_country", bool, required=False)
        ftm = c.get(spec, path, "ftm", list, required=False)
        if ftm is not None and (len(ftm) != 3 or tuple(ftm[1:]) != FTM_LINK_SCHEMATA.get(ftm[0])):
            c.fail(
                path + ("ftm",),
                f"ftm {ftm!r} is not [schema, subject property, object property] of "
                + "; ".join(f"[{k}, {a}, {b}]" for k, (a, b) in FTM_LINK_SCHEMATA.items()),
            )
    for attr, spec in c.get(data, (), "attributes", dict).items():
        c.typed(spec, ("attributes", attr), dict)
        c.get(spec, ("attributes", attr), "single_valued", bool, required=False)
    c.words(c.get(data, (), "top_titles", list), ("top_titles",))


def _check_kinds(c: Check, data: dict, _relations: set, _kinds: set) -> None:
    kinds = c.get(data, (), "kinds", dict)
    for kind, spec in kinds.items():
        path = ("kinds", kind)
        c.typed(spec, path, dict)
        if "colour" not in spec or "shape" not in spec:
            missing = " and ".join(repr(k) for k in ("colour", "shape") if k not in spec)
            c.fail(path, f"no {missing}: every kind is drawn with a colour and a shape")
        _colour(c, spec, path)
        shape = c.get(spec, path, "shape", str)
        if shape not in _SHAPES:
            c.fail(path + ("shape",), f"shape {shape!r} is not one of {', '.join(sorted(_SHAPES))}")
        c.get(spec, path, "label", str, required=False)
        ftm = c.get(spec, path, "ftm", str, required=False)
        if ftm is not None and ftm not in FTM_NODE_SCHEMATA:
            c.fail(path + ("ftm",), f"ftm {ftm!r} is not one of {', '.join(FTM_NODE_SCHEMATA)}")
    c.known(c.get(data, (), "default_kind", str), ("default_kind",), set(kinds), "kinds")
    for key in ("name_rules", "description_rules", "weak_description_rules"):
        for i, rule in enumerate(c.get(data, (), key, list, required=key != "weak_description_rules") or ()):
            path = (key, i)
            c.typed(rule, path, dict)
            c.known(c.get(rule, path, "kind", str), path + ("kind",), set(kinds), "kinds")
            c.words(c.get(rule, path, "words", list), path + ("words",))


def _check_fields(c: Check, data: dict, relations: set, _kinds: set) -> None:
    for i, f in enumerate(c.get(data, (), "fields", list)):
        path = ("fields", i)
        c.typed(f, path, dict)
        key = c.get(f, path, "key", str)
        entry = f"fields[{i}] (key {key!r})"
        for name, expected in (
            ("role", str),
            ("title", str),
            ("multi", bool),
            ("split", str),
            ("relation", str),
            ("oversight", bool),
            ("colon", bool),
        ):
            if name in f:
                c.typed(f[name], path + (name,), expected, entry)
            elif name == "role":
                c.fail(path, "no 'role'", entry)
        if f.get("split", "comma") not in ("comma", "semicolon"):
            c.fail(path + ("split",), f"split {f['split']!r} is not 'comma' or 'semicolon'", entry)
        if "relation" in f:
            c.known(f["relation"], path + ("relation",), relations, "relations", entry)
    roles = c.get(data, (), "roles", dict)
    attributes = c.attributes
    for role, spec in roles.items():
        path = ("roles", role)
        c.typed(spec, path, dict)
        unknown = sorted(set(spec) - {"relation", "attribute", "reverse", "body"})
        if unknown:
            c.fail(path, f"unknown option {unknown[0]!r} (known: attribute, body, relation, reverse)")
        if "relation" in spec and "attribute" in spec:
            c.fail(path, "a role gives a relation or an attribute, not both")
        if "relation" in spec:
            c.known(c.get(spec, path, "relation", str), path + ("relation",), relations, "relations")
        if "attribute" in spec:
            c.known(
                c.get(spec, path, "attribute", str),
                path + ("attribute",),
                attributes,
                "attributes",
                where="the attributes of relations.yaml",
            )
        for flag in ("reverse", "body"):
            c.get(spec, path, flag, bool, required=False)
    for i, f in enumerate(data["fields"]):
        c.known(
            f["role"],
            ("fields", i, "role"),
            set(roles),
            "roles",
            f"fields[{i}] (key {f['key']!r})",
            where="the roles of fields.yaml",
        )


_PHRASE_TEXTS = (
    "alias_phrases",
    "former_name_phrases",
    "rename_pattern",
    "founded_pattern",
    "founded_lead_pattern",
    "newly_founded_pattern",
    "staff_pattern",
    "appointment_verbs",
    "headline_verbs",
    "took_office_verbs",
    "served_until_verbs",
)


# what a phrase of phrases.yaml may say (its header explains each)
_PHRASE_ROLES = frozenset("forward inverse pair object_before title_is poss_title of_in succession".split())
_PHRASE_OPTIONS = frozenset(
    """relation roles pattern also adjacent all_first clause_subject continues described_items fallback
    first_kind second_kind inverse then last_post left_not_after left_not_before max_gap no_context no_lead_year
    no_years object object_country object_default object_group object_hint object_kind subject_hint subject_kind
    organ_of_subject own_post right_anaphor right_from title""".split()
)


def _check_phrases(c: Check, data: dict, relations: set, kinds: set) -> None:
    for i, p in enumerate(c.get(data, (), "phrases", list)):
        path = ("phrases", i)
        c.typed(p, path, dict)
        pattern = c.get(p, path, "pattern", str)
        entry = f"phrases[{i}] (pattern {pattern if len(pattern) <= 40 else pattern[:37] + '...'!r})"
        for name in ("relation", "roles"):
            if name not in p:
                c.fail(path, f"no {name!r}", entry)
            c.typed(p[name], path + (name,), str, entry)
        c.known(p["relation"], path + ("relation",), relations, "relations", entry)
        c.known(p["roles"], path + ("roles",), _PHRASE_ROLES, "roles", entry, "the roles of phrases.yaml's header")
        for key in p:  # ("adjacnet: true" would be read as no option at all)
            c.known(key, path + (key,), _PHRASE_OPTIONS, "options", entry, "the options of phrases.yaml's header")
        for j, also in enumerate(c.typed(p.get("also", []), path + ("also",), list, entry)):
            c.typed(also, path + ("also", j), dict, entry)
            if "relation" not in also:
                c.fail(path + ("also", j), "no 'relation'", entry)
            c.known(also["relation"], path + ("also", j, "relation"), relations, "relations", entry)
        for hint in ("subject_hint", "object_hint"):
            if hint in p:
                c.known(p[hint], path + (hint,), kinds, "kinds", entry)
        if "left_not_after" in p:
            c.typed(p["left_not_after"], path + ("left_not_after",), str, entry)
        if "max_gap" in p and c.typed(p["max_gap"], path + ("max_gap",), int, entry) < 0:
            c.fail(path + ("max_gap",), f"max_gap {p['max_gap']} is negative", entry)
    for key in _PHRASE_TEXTS:
        c.get(data, (), key, str)
    c.words(c.get(data, (), "continues_words", list), ("continues_words",))


# the types of names.yaml's entries that are no list of words
_NAMES_TYPES = {
    "title_abbreviations": dict,
    "foreign_titles": dict,
    "anaphora": dict,
    "sections": dict,
    "officeholder_tables": dict,
    "entry_sections": dict,
    "numbered_keys": dict,
    "ordinal_unit": str,
    "implied_parent": str,
    "disambiguators": str,
    "demonym": str,
    "edit_page": str,
    "cabinet_columns": dict,
}


# its lists of lists (each a group of names of one body)
_NAMES_PAIRS = {"well_known_aliases"}


def _check_names(c: Check, data: dict, relations: set, _kinds: set) -> None:
    # the types of the entries, and every word of a word list a string (an unquoted ``on`` or ``no``
    # is read as a boolean and would silently never match)
    for key, value in data.items():
        if (
            c.typed(value, (key,), _NAMES_TYPES.get(key, list)) is not None
            and key not in _NAMES_TYPES
            and key not in _NAMES_PAIRS
        ):
            c.words(value, (key,))
    titles = set(data.get("titles") or [])
    for title, forms in (data.get("foreign_titles") or {}).items():
        c.known(title, ("foreign_titles", title), titles, "titles")
        c.words(forms, ("foreign_titles", title))
    earlier: list[tuple[str, str]] = []  # (word, relation) of the relations listed before
    for rel, words in (data.get("entry_sections") or {}).items():
        c.known(rel, ("entry_sections", rel), relations, "relations")
        c.words(words, ("entry_sections", rel))
        for w in words if isinstance(words, list) else []:
            # the first relation whose word a heading holds wins: a later word holding an earlier one is dead
            hit = next(((e, r) for e, r in earlier if isinstance(w, str) and e.casefold() in w.casefold()), None)
            if hit:
                c.fail(("entry_sections", rel), f"{w!r} can never match: {hit[0]!r} of {hit[1]} comes first")
        earlier += [(w, rel) for w in words if isinstance(w, str)] if isinstance(words, list) else []


def _check_hedges(c: Check, data: dict, _relations: set, _kinds: set) -> None:
    levels = c.get(data, (), "hedges", dict)
    for level, words in levels.items():
        c.words(words, ("hedges", level))
    conf = c.get(data, (), "confidence", dict)
    for table in ("method", "hedge", "reliability"):
        for key, factor in c.get(conf, ("confidence",), table, dict).items():
            path = ("confidence", table, key)
            if not isinstance(factor, (int, float)) or isinstance(factor, bool) or not 0 <= factor <= 1:
                c.fail(path, f"expected a number from 0 to 1, found {what_value(factor)}")
    for level in ["stated", *levels]:
        if level not in conf["hedge"]:
            c.fail(("confidence", "hedge"), f"no factor for the hedge {level!r}")
    default = c.get(conf, ("confidence",), "default_reliability", str)
    if default not in conf["reliability"]:
        c.fail(("confidence", "default_reliability"), f"grade {default!r} is not in confidence.reliability")


def _check_countries(c: Check, data: dict, _relations: set, _kinds: set) -> None:
    c.words(c.get(data, (), "with_the", list), ("with_the",))
    for key in ("other_names", "demonyms"):
        table = c.get(data, (), key, dict)
        for code, words in (table or {}).items():
            if not isinstance(code, str):  # an unquoted NO is read as False
                c.fail((key, code), f"country code {code!r} is not text (quote it)")
            elif c.typed(words, (key, code), list) is not None:
                c.words(words, (key, code))


_RANGE_WORDS = ("about", "nearly", "over", "at_least", "under", "at_most")


def _check_values(c: Check, data: dict, _relations: set, _kinds: set) -> None:
    for section in ("qualifiers", "suffixes"):
        for name, words in c.get(data, (), section, dict).items():
            if name not in _RANGE_WORDS:
                c.fail((section, name), f"{name!r} is not one of {', '.join(_RANGE_WORDS)}")
            c.words(words, (section, name))
    c.words(c.get(data, (), "filler", list), ("filler",))
    for word, factor in c.get(data, (), "scales", dict).items():
        c.typed(factor, ("scales", word), int)
    for attr, kind in c.get(data, (), "value_kinds", dict).items():
        if kind not in ("year", "count"):
            c.fail(("value_kinds", attr), f"kind {kind!r} is neither 'year' nor 'count'")
    tolerance = c.get(data, (), "tolerance", dict)
    for kind in ("count", "year"):
        value = tolerance.get(kind)
        if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0:
            c.fail(("tolerance",), f"{kind}: expected a number >= 0, found {what_value(value)}")


CHECKS = {
    "countries": _check_countries,
    "relations": _check_relations,
    "kinds": _check_kinds,
    "fields": _check_fields,
    "phrases": _check_phrases,
    "names": _check_names,
    "hedges": _check_hedges,
    "values": _check_values,
}
