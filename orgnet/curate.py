"""An analyst's corrections that survive rebuilds: ``curations.yaml`` beside the documents.

Each entry is one action with an ``author`` and a ``reason``::

    - merge: [Bureau of Tests, Testing Bureau]        # one entity
      author: ana
      reason: The second is a translation of the first.
    - distinct: [Institute of Lunar Dynamics, International Liaison Department]   # never one
      author: ana
      reason: Two bodies that share the acronym ILD.
    - reject: {claim: "a.txt:120-188:funded_by:3fa2c1"}   # one claim, by its id
      author: ana
      reason: Misread; the sentence is about the trust's predecessor.
    - reject: {source: Bureau of Tests, relation: funded_by, target: Widget Trust}   # a whole link
      author: ana
      reason: ...
    - add: {subject: Bureau of Tests, relation: funded_by, object: Widget Trust,
            source: "https://example.org/report-2021", citation: "Annual report 2021, p. 4", start: 2021}
      author: ana
      reason: Stated in the annual report, which is not in the corpus.
    - label: {entity: Bureau of Tests, label: Bureau of Testing}
      author: ana
      reason: The official English name since 2020.
    - kind: {entity: Widget Centre, kind: think_tank}
      author: ana
      reason: ...

Names are any name or alias the build knows (or an entity id). The build applies the
file after reading the documents: ``reject`` by claim id before resolution, ``merge`` and
``distinct`` in resolution (``merges.csv`` rule ``curated``), ``reject`` of a link, ``label``
and ``kind`` after it; an added claim has method ``curated``, document ``curations.yaml`` and
its ``citation`` as evidence (the exact span of the file). An entry that matches nothing is a
warning naming its line, on the ``curations.yaml`` row of ``documents.csv``.

From a notebook, :func:`merge`, :func:`distinct`, :func:`reject`, :func:`add`, :func:`label`
and :func:`kind` append an entry and say what it will change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import vocabulary
from .extract import Claim
from .metadata import MAX_VALUES, expanded_size

__all__ = [
    "CURATIONS_FILE",
    "Curations",
    "Entry",
    "load_curations",
    "merge",
    "distinct",
    "reject",
    "add",
    "label",
    "kind",
    "curated_claims",
    "relabel",
    "LinkRejections",
]

CURATIONS_FILE = "curations.yaml"
ACTIONS = ("merge", "distinct", "reject", "add", "label", "kind")


@dataclass
class Entry:
    """One entry of the file: its action, its arguments, who and why, and where it is."""

    action: str
    args: Any
    author: str
    reason: str
    line: int

    def where(self) -> str:
        return f"{CURATIONS_FILE}, line {self.line}"

    def note(self) -> str:
        """What ``merges.csv`` shows as the evidence of a curated union."""
        return f"{self.reason} ({self.author}, {self.where()})"


@dataclass
class Curations:
    """The entries of a ``curations.yaml``, by action, and the claims it adds."""

    merges: list[tuple[str, str, Entry]] = field(default_factory=list)
    distinct: list[tuple[str, str, Entry]] = field(default_factory=list)
    reject_claims: list[tuple[str, Entry]] = field(default_factory=list)
    reject_links: list[tuple[str, str, str, Entry]] = field(default_factory=list)
    adds: list[tuple[Claim, Entry]] = field(default_factory=list)
    labels: list[tuple[str, str, Entry]] = field(default_factory=list)
    kinds: list[tuple[str, str, Entry]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return any(
            (self.merges, self.distinct, self.reject_claims, self.reject_links, self.adds, self.labels, self.kinds)
        )


def load_curations(folder: str | Path) -> tuple[Curations, list[str], bool]:
    """The curations of ``<folder>/curations.yaml``, the warnings (each naming its line), and
    whether the file exists. A malformed entry is a warning and is left out; nothing raises.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "curations.yaml").write_text("- merge: [A Bureau, B Bureau]\\n  author: ana\\n  reason: same\\n"
    ...                                       "- label: {entity: A Bureau}\\n  author: ana\\n  reason: x\\n")
    >>> c, warnings, _ = load_curations(d)
    >>> [(a, b) for a, b, _ in c.merges], warnings
    ([('A Bureau', 'B Bureau')], ['curations.yaml, line 4: label needs {entity: ..., label: ...}; entry ignored'])
    """
    path = Path(folder) / CURATIONS_FILE
    out = Curations()
    if not path.exists():
        return out, [], False
    try:
        text = path.read_text("utf-8")
        loader = yaml.SafeLoader(text)
        try:
            root = loader.get_single_node()
            if root is not None and expanded_size(root, MAX_VALUES) > MAX_VALUES:
                return (
                    out,
                    [
                        f"{CURATIONS_FILE}: its aliases expand to more than {MAX_VALUES:,} values "
                        "(an alias bomb?); not read, no curation applied"
                    ],
                    True,
                )
            items = [] if root is None else root.value if isinstance(root, yaml.SequenceNode) else None
            values = [loader.construct_object(n, deep=True) for n in items or ()]
        finally:
            loader.dispose()
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark is not None else ""
        return out, [f"{CURATIONS_FILE}{where}: not readable ({str(exc).splitlines()[0]}); no curation applied"], True
    if items is None:
        return (
            out,
            [
                f"{CURATIONS_FILE}, line 1: expected a list of entries (- merge: ..., - reject: ...); "
                "no curation applied"
            ],
            True,
        )
    warnings: list[str] = []
    for node, value in zip(items, values):
        line = node.start_mark.line + 1
        problem = _entry(node, value, text, line, out)
        if problem:
            warnings.append(f"{CURATIONS_FILE}, line {line}: {problem}; entry ignored")
    return out, warnings, True


def _entry(node: yaml.Node, value: Any, text: str, line: int, out: Curations) -> str:
    """Add one entry (its node and value) to ``out``; return what is wrong with it, or ``""``."""
    if not isinstance(value, dict):
        return "an entry is a mapping with one of " + ", ".join(ACTIONS) + ", an author and a reason"
    actions = [a for a in ACTIONS if a in value]
    if len(actions) != 1:
        return "an entry has exactly one of " + ", ".join(ACTIONS)
    action = actions[0]
    author, reason = str(value.get("author") or "").strip(), str(value.get("reason") or "").strip()
    if not author or not reason:
        return f"{action} needs an author and a reason"
    args = value[action]
    e = Entry(action, args, author, reason, line)
    if action in ("merge", "distinct"):
        if not (isinstance(args, list) and len(args) == 2 and all(isinstance(a, str) and a.strip() for a in args)):
            return f"{action} needs two names: [A, B]"
        (out.merges if action == "merge" else out.distinct).append((args[0].strip(), args[1].strip(), e))
    elif action == "reject":
        if isinstance(args, dict) and isinstance(args.get("claim"), str):
            out.reject_claims.append((args["claim"].strip(), e))
        elif isinstance(args, dict) and all(isinstance(args.get(k), str) for k in ("source", "relation", "target")):
            out.reject_links.append((args["source"].strip(), args["relation"].strip(), args["target"].strip(), e))
        else:
            return "reject needs {claim: ID} or {source: ..., relation: ..., target: ...}"
    elif action == "add":
        return _add(args, e, node, text, out)
    else:
        key = "label" if action == "label" else "kind"
        if not (isinstance(args, dict) and isinstance(args.get("entity"), str) and isinstance(args.get(key), str)):
            return f"{action} needs {{entity: ..., {key}: ...}}"
        (out.labels if action == "label" else out.kinds).append((args["entity"].strip(), args[key].strip(), e))
    return ""


def _add(args: Any, e: Entry, node: yaml.Node, text: str, out: Curations) -> str:
    from . import vocabulary

    if (
        not isinstance(args, dict)
        or not all(isinstance(args.get(k), str) for k in ("subject", "relation"))
        or not isinstance(args.get("object", args.get("value")), (str, int))
        or not isinstance(args.get("citation"), str)
        or not args["citation"].strip()
    ):
        return "add needs {subject, relation, object (or value), citation} and may have source, start, end, title"
    rel = args["relation"].strip()
    rels = vocabulary.relations()
    attrs = vocabulary.load("relations").get("attributes", {})
    if rel not in rels and rel not in attrs:
        return f"add: relation {rel!r} is not in vocab/relations.yaml"
    # the citation's exact span in the file: what a person opens to check the claim
    span = _value_span(node, "add", "citation")
    start, end = span if span else (node.start_mark.index, node.end_mark.index)
    years = {}
    for k in ("start", "end"):
        v = args.get(k)
        if v is not None and not (isinstance(v, int) and not isinstance(v, bool)):
            return f"add: {k} must be a year"
        years[k] = v
    obj = args.get("object")
    claim = Claim(
        subject=args["subject"].strip(),
        relation=rel,
        object=str(obj).strip() if obj is not None else "",
        value="" if obj is not None else str(args.get("value")).strip(),
        start=years["start"],
        end=years["end"],
        title=str(args.get("title") or ""),
        doc=CURATIONS_FILE,
        section=str(args.get("source") or ""),
        char_start=start,
        char_end=end,
        evidence=text[start:end],
        method="curated",
        hedge="stated",
        confidence=0.0,
    )
    out.adds.append((claim, e))
    return ""


def _value_span(node: yaml.Node, *path: str) -> tuple[int, int] | None:
    """Offsets of the scalar at ``path`` inside a mapping node (its text as written)."""
    for key in path:
        if not isinstance(node, yaml.MappingNode):
            return None
        for k, v in node.value:
            if getattr(k, "value", None) == key:
                node = v
                break
        else:
            return None
    return (node.start_mark.index, node.end_mark.index) if isinstance(node, yaml.ScalarNode) else None


# --------------------------------------------------------------------------- writing (from Jupyter)


def _append(folder: str | Path, entry: dict) -> tuple[Path, int]:
    """Append one entry to ``<folder>/curations.yaml``; return the file and the entry's line."""
    path = Path(folder) / CURATIONS_FILE
    old = path.read_text("utf-8") if path.exists() else ""
    if old and not old.endswith("\n"):
        old += "\n"
    block = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=1 << 20, default_flow_style=False)
    path.write_text(old + block, encoding="utf-8")
    return path, old.count("\n") + 1


def _check(author: str, reason: str) -> None:
    from .errors import InputError

    if not str(author or "").strip() or not str(reason or "").strip():
        raise InputError("a curation needs an author and a reason (author=..., reason=...)")


def merge(folder: str | Path, a: str, b: str, *, reason: str, author: str) -> str:
    """Record that `a` and `b` are one entity; return what the next build will change.

    >>> import tempfile
    >>> merge(tempfile.mkdtemp(), "Bureau of Tests", "Testing Bureau", reason="a translation", author="ana")
    "curations.yaml, line 1: on the next build 'Bureau of Tests' and 'Testing Bureau' are one entity"
    """
    _check(author, reason)
    _, line = _append(folder, {"merge": [a, b], "author": author, "reason": reason})
    return f"{CURATIONS_FILE}, line {line}: on the next build {a!r} and {b!r} are one entity"


def distinct(folder: str | Path, a: str, b: str, *, reason: str, author: str) -> str:
    """Record that `a` and `b` are two bodies, whatever the names suggest."""
    _check(author, reason)
    _, line = _append(folder, {"distinct": [a, b], "author": author, "reason": reason})
    return f"{CURATIONS_FILE}, line {line}: on the next build {a!r} and {b!r} are never one entity"


def reject(
    folder: str | Path, *, claim: str | None = None, link: tuple[str, str, str] | None = None, reason: str, author: str
) -> str:
    """Record that a claim (by ``claim_id``) or a whole link ``(source, relation, target)`` is wrong."""
    from .errors import InputError

    _check(author, reason)
    if (claim is None) == (link is None):
        raise InputError("reject needs claim=ID or link=(source, relation, target), not both")
    if claim is not None:
        _, line = _append(folder, {"reject": {"claim": claim}, "author": author, "reason": reason})
        return f"{CURATIONS_FILE}, line {line}: on the next build claim {claim} is left out"
    assert link is not None
    s, r, t = link
    _, line = _append(folder, {"reject": {"source": s, "relation": r, "target": t}, "author": author, "reason": reason})
    return f"{CURATIONS_FILE}, line {line}: on the next build the link {s} -{r}-> {t} and its claims are left out"


def add(
    folder: str | Path,
    subject: str,
    relation: str,
    obj: str,
    *,
    citation: str,
    reason: str,
    author: str,
    source: str = "",
    start: int | None = None,
    end: int | None = None,
) -> str:
    """Record a claim the documents lack, with its source and a citation."""
    _check(author, reason)
    args: dict[str, Any] = {"subject": subject, "relation": relation, "object": obj, "citation": citation}
    if source:
        args["source"] = source
    if start is not None:
        args["start"] = int(start)
    if end is not None:
        args["end"] = int(end)
    _, line = _append(folder, {"add": args, "author": author, "reason": reason})
    return f"{CURATIONS_FILE}, line {line}: on the next build {subject} -{relation}-> {obj} is a curated claim"


def label(folder: str | Path, entity: str, new_label: str, *, reason: str, author: str) -> str:
    """Record the label an entity is shown by (its id does not change)."""
    _check(author, reason)
    _, line = _append(folder, {"label": {"entity": entity, "label": new_label}, "author": author, "reason": reason})
    return f"{CURATIONS_FILE}, line {line}: on the next build {entity!r} is labelled {new_label!r}"


def kind(folder: str | Path, entity: str, new_kind: str, *, reason: str, author: str) -> str:
    """Record an entity's kind."""
    _check(author, reason)
    _, line = _append(folder, {"kind": {"entity": entity, "kind": new_kind}, "author": author, "reason": reason})
    return f"{CURATIONS_FILE}, line {line}: on the next build {entity!r} is of kind {new_kind!r}"


# --------------------------------------------------------------------------- applied in a build


def curated_claims(curations: Curations) -> list[Claim]:
    """The analyst's added claims, with the confidence of a curated, stated claim of an ungraded source."""
    conf = vocabulary.hedges()["confidence"]
    value = conf["method"]["curated"] * conf["hedge"]["stated"] * conf["reliability"][conf["default_reliability"]]
    out = []
    for c, _ in curations.adds:
        c.confidence = round(value, 3)
        out.append(c)
    return out


class LinkRejections:
    """The analyst's ``reject`` entries for links (``A -relation-> B``), matched against each
    claim once the names are resolved; :meth:`warnings` names the entries that matched nothing."""

    def __init__(self, res, curations: Curations) -> None:
        self.res = res
        self.entries = curations.reject_links
        self.wanted: dict[tuple[str, str, str], int] = {}  # (source id, relation, target id) -> first entry
        self.ids: list[tuple[str | None, str | None]] = []
        for i, (s, rel, t, _e) in enumerate(self.entries):
            sid, tid = self._entity(s), self._entity(t)
            self.ids.append((sid, tid))
            if sid is not None and tid is not None:
                self.wanted.setdefault((sid, rel, tid), i)
        self.count = [0] * len(self.entries)

    def _entity(self, name: str) -> str | None:
        return name.strip() if name.strip() in self.res.entities else self.res.id_of(name)

    def keep(self, claims: list[Claim]) -> list[Claim]:
        """``claims`` without those of a rejected link (counted for :meth:`warnings`)."""
        if not self.wanted:
            return claims
        out = []
        for c in claims:
            i = None
            if c.object:
                sid = self.res.id_of(c.subject, c.doc)
                i = self.wanted.get((sid, c.relation, self.res.id_of(c.object, c.doc))) if sid else None
            if i is None:
                out.append(c)
            else:
                self.count[i] += 1
        return out

    def warnings(self) -> list[str]:
        out = []
        for (s, rel, t, e), (sid, tid), n in zip(self.entries, self.ids, self.count):
            if sid is None or tid is None:
                out.append(f"{e.where()}: reject: no entity is called {(s if sid is None else t)!r}")
            elif not n:
                out.append(f"{e.where()}: reject: no link {s} -{rel}-> {t}")
        return out


def relabel(res, curations: Curations) -> list[str]:
    """Apply the analyst's ``label`` and ``kind`` entries to the resolution; warn about entries
    that match nothing."""
    warnings = []
    kinds = vocabulary.kinds()
    for name, new, e in curations.labels + curations.kinds:
        eid = name.strip() if name.strip() in res.entities else res.id_of(name)
        if eid is None:
            warnings.append(f"{e.where()}: {e.action}: no entity is called {name!r}")
            continue
        ent = res.entities[eid]
        if e.action == "kind":
            if new not in kinds:
                warnings.append(f"{e.where()}: kind: {new!r} is not a kind of vocab/kinds.yaml")
            else:
                ent.kind = new
        elif new != ent.label:
            ent.aliases = [a for a in ent.aliases if a != new] + [ent.label]
            ent.label = new
    return warnings
