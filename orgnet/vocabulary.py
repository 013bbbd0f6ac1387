"""The vocabulary: relations, kinds, infobox fields, phrases and name rules, read from YAML.

Everything orgnet knows about wording lives in ``orgnet/vocab/*.yaml``; code reads it from
here. Adding a relation phrase or an infobox field name is a data change (plus a test).

Each file is checked when it is loaded (:func:`check_text`): a mapping with the same key twice,
a value of the wrong type, a phrase, field or entry section naming a relation that
``relations.yaml`` lacks, a kind without its colour or shape. The error, a
:class:`~orgnet.errors.VocabularyError`, names the file, the line, the entry and the problem.
Every field's role is in the roles table of ``fields.yaml``, and every role names a relation or
attribute that exists. The checks do not cover everything the code reads (phrase roles and options
are the extractor's business); they catch the mistakes that would otherwise pass silently or
crash far from their cause.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, NoReturn

import yaml

from .errors import VocabularyError

__all__ = [
    "load",
    "load_yaml",
    "check_text",
    "check_file",
    "relations",
    "kinds",
    "fields",
    "field_roles",
    "phrases",
    "names",
    "hedges",
]

# libyaml's C parser when PyYAML has it (several times faster than the pure-Python one; same
# results, same errors)
try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader as _SafeLoader


def load_yaml(text: str) -> Any:
    """Parse YAML text safely.

    >>> load_yaml("a: [1, 2]")
    {'a': [1, 2]}
    """
    return yaml.load(text, Loader=_SafeLoader)


class _UniqueKeyLoader(_SafeLoader):
    """A safe loader that refuses a mapping with the same key twice (PyYAML would keep the
    last value without a word)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        first: dict[Any, int] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            try:
                if key in first:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"duplicate key {key!r} (first at line {first[key]})", key_node.start_mark
                    )
                first[key] = line
            except TypeError:  # an unhashable key: the base class says so
                break
        return super().construct_mapping(node, deep=deep)


@functools.lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """Return the parsed and checked vocabulary file ``orgnet/vocab/<name>.yaml``.

    >>> sorted(load("relations")["relations"])[:2]
    ['absorbed_into', 'affiliated_with']

    Raises
    ------
    VocabularyError
        When the file is missing or fails a check of :func:`check_text`.
    """
    try:
        text = resources.files("orgnet.vocab").joinpath(f"{name}.yaml").read_text("utf-8")
    except FileNotFoundError as exc:
        raise VocabularyError(f"vocabulary file orgnet/vocab/{name}.yaml is missing") from exc
    return check_text(text, name, source=f"orgnet/vocab/{name}.yaml")


def check_file(
    path: str | Path, *, relations: Iterable[str] | None = None, kinds: Iterable[str] | None = None
) -> dict[str, Any]:
    """Parse and check a vocabulary file; its name without ``.yaml`` says which file it is.

    See :func:`check_text`.
    """
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise VocabularyError(f"{path}: cannot read the vocabulary file ({exc})") from exc
    return check_text(text, path.stem, source=str(path), relations=relations, kinds=kinds)


def check_text(
    text: str,
    name: str,
    *,
    source: str | None = None,
    relations: Iterable[str] | None = None,
    kinds: Iterable[str] | None = None,
) -> dict[str, Any]:
    r"""Parse the text of vocabulary file `name` (``relations``, ``kinds``, ``fields``,
    ``phrases``, ``names``, ``hedges``) and check it.

    Parameters
    ----------
    text
        The YAML text.
    name
        Which vocabulary file it is; a name orgnet does not know is only parsed (a mapping,
        no key twice).
    source
        The file name errors give (default ``<name>.yaml``).
    relations, kinds
        The relation and kind names the text may refer to (default: the package's own).

    Returns
    -------
    dict
        The parsed file.

    Raises
    ------
    VocabularyError
        Naming the file, the line, the entry and the problem.

    Examples
    --------
    >>> check_text("kinds:\n  person: {colour: '#17becf', shape: dot}\n"
    ...            "default_kind: person\nname_rules: []\ndescription_rules: []\n", "kinds")["kinds"]
    {'person': {'colour': '#17becf', 'shape': 'dot'}}
    >>> check_text("phrases:\n  - {relation: funded_byy, roles: forward, pattern: 'paid by'}\n", "phrases")
    Traceback (most recent call last):
    ...
    orgnet.errors.VocabularyError: phrases.yaml, line 2: phrases[0] (pattern 'paid by'): relation 'funded_byy' ...
    """
    c = _Check(source or f"{name}.yaml", text)
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{c.source}, line {mark.line + 1}" if mark is not None else c.source
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise VocabularyError(f"{where}: {problem}") from exc
    if not isinstance(data, dict):
        raise VocabularyError(f"{c.source}: expected a mapping at the top, found {_a(data)}")
    check = _CHECKS.get(name)
    if check is not None:
        if name in ("fields", "phrases", "names") and relations is None:
            relations = load("relations")["relations"]
        if name == "phrases" and kinds is None:
            kinds = load("kinds")["kinds"]
        check(c, data, set(relations or ()), set(kinds or ()))
    return data


# --------------------------------------------------------------------------- checks


def _a(value: Any) -> str:
    """What a YAML value is, for a message ("a list", "a mapping", ...)."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{value} (YAML reads yes, no, on and off as true or false: quote the word)"
    return {dict: "a mapping", list: "a list", str: "a string", int: "a number", float: "a number"}.get(
        type(value), type(value).__name__
    )


_EXPECTED = {dict: "a mapping", list: "a list", str: "a string", bool: "true or false", int: "a whole number"}


class _Check:
    """One file being checked: its name for messages and its text (to find an entry's line)."""

    def __init__(self, source: str, text: str) -> None:
        self.source, self.text = source, text

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
            self.fail(path, f"expected {_EXPECTED[expected]}, found {_a(value)}", entry)
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


def _colour(c: _Check, spec: dict, path: tuple) -> None:
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


def _check_relations(c: _Check, data: dict, _relations: set, _kinds: set) -> None:
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


def _check_kinds(c: _Check, data: dict, _relations: set, _kinds: set) -> None:
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


def _check_fields(c: _Check, data: dict, relations: set, _kinds: set) -> None:
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
    attributes = set(load("relations")["attributes"])
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
    "took_office_verbs",
    "served_until_verbs",
)


# what a phrase of phrases.yaml may say (its header explains each)
_PHRASE_ROLES = frozenset("forward inverse pair object_before title_is poss_title of_in succession".split())
_PHRASE_OPTIONS = frozenset(
    """relation roles pattern also adjacent all_first clause_subject continues described_items fallback
    first_kind second_kind inverse then last_post left_not_after left_not_before max_gap no_context no_lead_year
    no_years object object_default object_group object_hint object_kind subject_hint subject_kind
    organ_of_subject own_post right_anaphor right_from title""".split()
)


def _check_phrases(c: _Check, data: dict, relations: set, kinds: set) -> None:
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
}


# its lists of lists (each a group of names of one body)
_NAMES_PAIRS = {"well_known_aliases"}


def _check_names(c: _Check, data: dict, relations: set, _kinds: set) -> None:
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


def _check_hedges(c: _Check, data: dict, _relations: set, _kinds: set) -> None:
    levels = c.get(data, (), "hedges", dict)
    for level, words in levels.items():
        c.words(words, ("hedges", level))
    conf = c.get(data, (), "confidence", dict)
    for table in ("method", "hedge", "reliability"):
        for key, factor in c.get(conf, ("confidence",), table, dict).items():
            path = ("confidence", table, key)
            if not isinstance(factor, (int, float)) or isinstance(factor, bool) or not 0 <= factor <= 1:
                c.fail(path, f"expected a number from 0 to 1, found {_a(factor)}")
    for level in ["stated", *levels]:
        if level not in conf["hedge"]:
            c.fail(("confidence", "hedge"), f"no factor for the hedge {level!r}")
    default = c.get(conf, ("confidence",), "default_reliability", str)
    if default not in conf["reliability"]:
        c.fail(("confidence", "default_reliability"), f"grade {default!r} is not in confidence.reliability")


def _check_countries(c: _Check, data: dict, _relations: set, _kinds: set) -> None:
    c.words(c.get(data, (), "with_the", list), ("with_the",))
    for key in ("other_names", "demonyms"):
        table = c.get(data, (), key, dict)
        for code, words in (table or {}).items():
            if not isinstance(code, str):  # an unquoted NO is read as False
                c.fail((key, code), f"country code {code!r} is not text (quote it)")
            elif c.typed(words, (key, code), list) is not None:
                c.words(words, (key, code))


_RANGE_WORDS = ("about", "nearly", "over", "at_least", "under", "at_most")


def _check_values(c: _Check, data: dict, _relations: set, _kinds: set) -> None:
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
            c.fail(("tolerance",), f"{kind}: expected a number >= 0, found {_a(value)}")


_CHECKS = {
    "countries": _check_countries,
    "relations": _check_relations,
    "kinds": _check_kinds,
    "fields": _check_fields,
    "phrases": _check_phrases,
    "names": _check_names,
    "hedges": _check_hedges,
    "values": _check_values,
}


def relations() -> dict[str, dict]:
    """Relations of the network, by name (see ``vocab/relations.yaml``)."""
    return load("relations")["relations"]


def kinds() -> dict[str, dict]:
    """Node kinds with their colour and shape (see ``vocab/kinds.yaml``)."""
    return load("kinds")["kinds"]


def fields() -> list[dict]:
    """Infobox field names and their roles (see ``vocab/fields.yaml``)."""
    return load("fields")["fields"]


def field_roles() -> dict[str, dict]:
    """What each infobox field role gives: its relation or attribute, its direction, whether its
    value names a body (see ``vocab/fields.yaml``)."""
    return load("fields")["roles"]


def phrases() -> dict[str, Any]:
    """Prose trigger phrases (see ``vocab/phrases.yaml``)."""
    return load("phrases")


def names() -> dict[str, Any]:
    """Name rules: organisation words, titles, aliases, debris (see ``vocab/names.yaml``)."""
    return load("names")


def hedges() -> dict[str, Any]:
    """Hedge words and confidence factors (see ``vocab/hedges.yaml``)."""
    return load("hedges")
