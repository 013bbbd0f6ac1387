"""What language a page and a name are written in (read stage): whether a page's text is English,
whether a line is a body's name as the languages that write names in sentence case write it, and
the capitalised words of a line in any script."""

from __future__ import annotations

import re

from .. import vocabulary

__all__ = ["ROMANCE_LINK", "capitalised_words", "english_text", "sentence_case_name"]


def sentence_case_name(s: str) -> bool:
    """A body's name as the languages that write names in sentence case write it: an organisation
    word, then lower-case words linked by their prepositions.

    >>> sentence_case_name("Ministero per la sicurezza dello Stato")
    True
    >>> sentence_case_name("Ministry sacks head of la agency"), sentence_case_name("Служба внешней разведки")
    (False, True)
    """
    words = s.split()
    return (
        2 < len(words) <= 12
        and words[0] in vocabulary.names()["org_words"]
        and (bool(ROMANCE_LINK.search(s)) or bool(re.fullmatch(r"[\u0400-\u04ff -]+", s)))  # (Cyrillic: no links)
        and not any(w.casefold() in vocabulary.names()["headline_words"] for w in words)
        and not re.search(r"[.!?:;]$", s)
    )


def english_text(text: str) -> bool:
    """Whether a page's text is in English: its commonest short words are English ones.

    >>> english_text("The agency is the service of the state."), english_text("Il ministero fu un dicastero.")
    (True, False)
    >>> english_text("Das Amt ist die Behörde der Gezeiten und wurde 1990 gegründet.")
    False
    >>> english_text("Служба приливов — ведомство Велдры.")
    False
    >>> english_text("Fronta byla založena v roce 1952 jako Národní fronta a přejmenována v roce 1956.")
    False
    """
    sample = text[:3000]
    if len(re.findall(r"[\u0400-\u04ff]", sample)) > len(re.findall(r"[A-Za-z]", sample)):
        return False  # a page in Cyrillic
    english = len(re.findall(r"\b(?:the|and|is|was|of|in|to)\b", sample, re.I))
    other = len(
        re.findall(
            r"\b(?:il|la|le|les|el|los|las|de|del|della|des|du|et|e|y|un|una|une|est|fu|fue|foi"
            r"|der|das|und|ist|von|wurde|dem|den)\b",
            sample,
            re.I,
        )
    )
    words = len(re.findall(r"[^\W\d_]+", sample))
    return english >= other and english >= 0.03 * words  # (a page in Czech or Polish has neither list's words)


# words that link a name's parts in the languages that write names in sentence case
ROMANCE_LINK = re.compile(r" (?:de|del|della|dello|delle|degli|di|da|do|dos|das|du|des|la|le|les|per|para|pour) ")


def capitalised_words(t: str) -> list[str]:
    """The words of ``t`` of three letters or more that open in a capital, in any script.

    >>> capitalised_words("Служба ФСО of the Tide Office")
    ['Служба', 'ФСО', 'Tide', 'Office']
    """
    return [w for w in re.findall(r"[^\W\d_][\w'’-]{2,}", t) if w[0].isupper()]
