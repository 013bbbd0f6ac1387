"""Claims from leader lists, offices and "See also" entries (extract stage)."""

from __future__ import annotations

import re

from ..names import is_org_name, looks_like_person, same_subject
from ..read.officeholders import person_name
from .base import ExtractorBase
from .words import entry_relation, person_in, single_name

__all__ = ["ListRules"]


class ListRules(ExtractorBase):
    """Claims from leader lists, offices and "See also" entries."""

    # -- lists
    def _lists(self) -> None:
        for it in self.d.lists:
            name = person_in(it.name.text)
            if name in self.v["unknown"] or not (
                looks_like_person(name) or single_name(name) or person_name(name, 0) is not None
            ):
                continue  # (the list reader's own test: a month may be a first name, "August Lind")
            # a list headed "Directors of the X" is about X, unless X is the subject by another name
            body = it.body if it.body and not (self.subject and same_subject(it.body, self.subject)) else self.subject
            if not body:
                continue
            self.add(
                name,
                "leads",
                obj=body,
                title=it.title or self.office or "Leader",
                start=it.start_year,
                end=None if it.present else it.end_year,
                span=(it.start, it.end),
                method="list",
                section=it.section,
                subject_kind="person",
            )

    def _offices(self) -> None:
        """A person page's offices: the person leads the body each office heads."""
        subj = self.subject
        if not subj or not looks_like_person(subj):
            return
        party = next((f.values[0].text for f in self.d.fields if f.role == "party" and f.values), "")
        party = re.sub(r"\s*\([^()]*\)\s*$", "", party)
        for o in self.d.offices:
            tb = self._held_post(o)
            if not tb:
                continue
            title, body = tb
            if self.v["bare_org_word"].fullmatch(body) and party:
                body = f"{body} of the {party}"  # "Member of the Politburo": the person's party's
            if title == "Member":
                self.add(
                    subj,
                    "part_of",
                    obj=body,
                    start=o.start_year,
                    end=None if o.present else o.end_year,
                    span=(o.start, o.end),
                    method="infobox",
                )
                continue
            self.add(
                subj,
                "leads",
                obj=body,
                title=title,
                start=o.start_year,
                end=None if o.present else o.end_year,
                span=(o.start, o.end),
                method="infobox",
                subject_kind="person",
            )

    def _entries(self) -> None:
        """Bodies listed as bullets: related to the subject as the heading above them says."""
        subj = self.subject
        if not subj or looks_like_person(subj):
            return
        for e in self.d.entries:
            rel = entry_relation(e.section)
            name = e.name.text
            if e.parent and e.parent != name and is_org_name(e.parent) and is_org_name(name):
                # "• 6th Directorate – ... It had the following departments:" / "    • 1st Department": a unit's unit
                self.add(
                    name, "part_of", obj=e.parent, span=(e.name.start, e.name.end), method="list", section=e.section
                )
                continue
            if not rel or not is_org_name(name) or name == subj:
                continue
            if rel == "affiliated_with" and self.v["ordinal_unit"].match(name):
                rel = "part_of"  # "• 2nd Main Directorate – ...": a numbered unit of the subject
            a, b = (subj, name) if rel == "funded_by" else (name, subj)
            self.add(a, rel, obj=b, span=(e.name.start, e.name.end), method="list", section=e.section)
