"""The extract stage: claims from a document's fields, lists, blurbs and prose.

The modules, from the entry point down::

    extractor.py      extract_claims: one document's extraction, in order (the Extractor class)
    fields.py         claims from infobox fields
    lists.py          claims from leader lists, offices and "See also" entries
    prose.py          claims from prose, sentence by sentence: hedges, title chains, inline leaders
    aliases.py        aliases, abbreviations, surnames and generic names a sentence defines
    triggers.py       claims from trigger phrases (vocab/phrases.yaml), successions
    slots.py          which names fill a phrase's subject and object slots
    base.py           the state of one extraction and the rules its parts share
    sentence.py       a sentence with its names, indexed for look-ups
    mentions.py       names in a sentence (mention_rules.py: merging, splitting, extending them)
    words.py          small rules on titles, offices, terms, years, places
    claim.py          the Claim, its id and its context

Name rules shared with the resolve stage live in :mod:`orgnet.names`; the vocabulary as the
extractor reads it in :mod:`orgnet.lexicon`.
"""

from __future__ import annotations

from .claim import CONTEXT_MAX, Claim, claim_context, claim_id, claim_ids
from .extractor import extract_claims
from .mentions import find_mentions

__all__ = ["Claim", "claim_id", "claim_ids", "claim_context", "CONTEXT_MAX", "extract_claims", "find_mentions"]
