"""Nationality words from CLDR (babel, an installed package; nothing is downloaded): the English
names of the languages that are official somewhere ("Welsh", "French", "Dutch", "Thai") are
also the adjectives of their peoples, which the small model tags PERSON or ORG when they stand
alone ("the Welsh runner", "a poor Welsh scrum"); so are those names plus "man" or "woman"
("Welshman", "Dutchwomen"). :func:`pipelines.entities.labels.is_demonym` reads the ones
whose ending it cannot read from a country's name ("Welsh" from "Wales")."""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.entities import gazetteer
from pipelines.entities.keys import match_key

MIN_CHARS = 4
"""Shortest language name taken ("Ga", "Lao" are also other words)."""
NOUN_ENDINGS = ("man", "men", "woman", "women")
"""Endings that make a noun for a national of a nationality adjective ("Welshman", "Dutchmen")."""
PLURAL_ENDING = "s"
"""The plural ending that makes the nationals of a nationality adjective that is also their noun
("Slovaks", "Czechs", "Kashmiris", "Maoris"), which the small model tags LOC, GPE or PERSON (not
"Welshs": such plurals are written as nobody writes them, so they never match)."""


@lru_cache(maxsize=1)
def nationality_words() -> frozenset[str]:
    """Match keys of the one-word English names of the languages official (also regionally or
    de facto) in some territory of CLDR, less those that name a gazetteer place ("Nauru") or
    are written in lower case ("Slave")."""
    from babel import Locale, languages
    from babel.core import get_global

    names = Locale("en").languages
    codes: set[str] = set()
    for territory in get_global("territory_languages"):
        codes.update(languages.get_official_languages(territory, regional=True, de_facto=True))
    out = set()
    for code in codes:
        name = names.get(code, "")
        if len(name) >= MIN_CHARS and name.isalpha() and name[:1].isupper() and " " not in name:
            key = match_key(name)
            if gazetteer.lookup(key) is None and name.lower() not in _COMMON:
                out.add(key)
    return frozenset(out)


_COMMON = frozenset({"slave"})
"""Language names that are common English words."""
NATIONALS = frozenset(
    match_key(w)
    for w in """Briton Britons Scot Scots Aussie Aussies Pom Poms Yank Yanks Swede Swedes Poles Serb Serbs Croat
    Croats""".split()
)
"""Nouns for nationals that are no language's name plus "man" ("Briton", "Scots", "Swedes"); not
"Brit(s)" (the Brit Awards), "Dane" nor "Finn" (given names), nor "Pole" (a pole vault)."""


@lru_cache(maxsize=100_000)
def is_nationality_word(key: str) -> bool:
    """A language's name of :func:`nationality_words`, or one plus "man" or "woman"
    ("welsh", "welshman", "dutchwomen") or a plural "s" ("slovaks"), or a noun of :data:`NATIONALS`
    ("briton")."""
    words = nationality_words()
    return (
        key in words or (key.endswith(PLURAL_ENDING) and key[: -len(PLURAL_ENDING)] in words) or is_national_noun(key)
    )


def is_national_noun(key: str) -> bool:
    """A noun for nationals: one of :data:`NATIONALS` or a language's name plus "man" or "woman"
    ("scot", "briton", "welshman", "irishmen"; not the adjectives "german", "american")."""
    return key in NATIONALS or any(key.endswith(e) and key[: -len(e)] in nationality_words() for e in NOUN_ENDINGS)


LANGUAGE_BEFORE = frozenset("in into speak speaks speaking spoke spoken learn learning fluent translated".split())
"""Words before a name that make it a language's when no lower-case word follows it ("shot in
Hindi and English"; not "in Welsh rugby")."""
_NO_NOUN_AFTER_RE = re.compile(r"(?:[.,;:!?)\"'’”]|\s+(?:and|or)\s|\s*$)")
_LANGUAGE_AFTER_RE = re.compile(r"(?:-|\s+)(?:language|languages|speakers|speaking)\b")


def names_a_language(text: str, end: int, before: list[str]) -> bool:
    """A language's name ending at ``end`` names the language, not its people, by the words
    around it (``before``: the lower-cased words before it): "in" or "speak" before it and no
    lower-case word after it ("shot in [Hindi] and English", not "in [Welsh] rugby"), or
    "language" after it ("the [Hindi]-language film")."""
    if before and before[-1] in LANGUAGE_BEFORE and _NO_NOUN_AFTER_RE.match(text, end):
        return True
    return _LANGUAGE_AFTER_RE.match(text, end) is not None
