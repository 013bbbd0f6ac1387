"""Which names are the same body: entities with stable ids, labels, aliases and kinds (resolve stage).

Names from all documents' claims are grouped with a union-find over normalised keys.
Two names are joined when

* a document says so: an abbreviation ``Full Name (ABBR)``, "also known as", a former
  name, an infobox ``Abbreviation`` / ``Formerly called``, a title and its defining sentence;
* they differ only by a country word (``Chinese Ministry of X`` / ``Ministry of X``);
* one is ``ABBR Head`` and the other ``Head of the <ABBR's full name>`` (``CCP Central
  Committee``), or ``A of the B`` where ``A`` is already a known name;
* an otherwise unknown acronym spells exactly one known name's initials;
* they are on one line of ``well_known_aliases`` in ``vocab/names.yaml``.

Each group becomes an :class:`Entity`; its ``id`` is a slug of its label, so ids are
stable across builds.

>>> from orgnet.extract import Claim
>>> e = resolve([Claim("Bureau of Tests", "alias", value="BOT"), Claim("BOT", "subordinate_to", "Ministry of Tests")])
>>> sorted(x.label for x in e.entities.values()), e.id_of("bot")
(['Bureau of Tests', 'Ministry of Tests'], 'bureau-of-tests')
"""

from __future__ import annotations

from .entities import Entity, Resolution, pinned_from
from .kinds import guess_kind
from .merges import RULES, Merge
from .resolver import Resolver, resolve

__all__ = ["Entity", "Merge", "RULES", "Resolution", "Resolver", "pinned_from", "resolve", "guess_kind"]
