"""Names after an owner's possessive: the small model tags a name it does not know after a
country's or a firm's possessive a place ("France's [Ubisoft]", "Russia's [Zvonareva] struggled",
"Microsoft's [Windows] operating system", "GW Pharma's [Sativex] mouth spray"), but a place of a
country is written "X, France" or "France's X region", and a firm owns no places but its sites.

* After a country's possessive and before no noun (not "Pakistan's [Sindh] province", "Thailand's
  [Phuket] island"), the name is a national's or a national firm's: PERSON when it looks like a
  person's (a full name of two or three capitalised words ending in a word the corpus never writes
  in lower case: "France's [Hind Dehiba]"; or one word that is a given or family name of
  :mod:`given_names` and :mod:`family_names`), ORG for any other one word ("Spain's [Iberia]";
  :mod:`cues` makes it PERSON when the article names a person in full with it, "Russia's
  [Zvonareva]" after "Vera Zvonareva"), no vote for a longer name ("Iran's [Islamic Republic]").
* After a name the model calls an organisation and its possessive, a one-word name is its product
  ("Microsoft's [Windows]", "Apple's [Asteroid] product"), unless a word for a site follows it
  ("Rover's [Longbridge] plant"); a longer one may be one of its people ("Deutsche Bank's [Simon
  Champion]") and gets no vote, and a broadcaster's is a programme (:mod:`work_phrases`). So is one
  the model calls an organisation itself ("Nokia's [N-Gage]", "Sony's [Qrio]"), unless a word for a
  site, a unit or a dealing follows within two words ("Yukos's [Yuganskneftegas] subsidiary",
  "SBC's [AT&T] deal", "Sony's [Connect] music store"); not after a country's ("Spain's
  [Iberia]" is a national firm).

A person's possessive is left alone: "Paul Simon's [Graceland]." is a work, "Tony Blair's
[Sedgefield]." a place, and the rule changed no BBC entity.

Only where the model calls the name GPE or LOC (or ORG, after a firm's; or PERSON, a lone one-word
"person" of :mod:`lone_names` after a country's outside a sport article: "Brazil's [Petrobras]"; or
FAC, after a country's and for a person's full name of words the corpus never writes in lower case
only: "Ethiopia's [Tirunesh Dibaba]" tagged FAC, not "France's [Club Mediterranee]") and the
gazetteer does not know it. One look
behind and after each name, so the pass is linear."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipelines.entities import gazetteer
from pipelines.entities.family_names import family_names
from pipelines.entities.given_names import given_names
from pipelines.entities.keys import match_key
from pipelines.entities.person_phrases import AFTER_A_PERSON_RE

if TYPE_CHECKING:
    from pipelines.entities.common_words import CommonWords

OWNED_LABELS = frozenset({"GPE", "LOC", "ORG"})
"""Model labels the possessive cue overrules ("ORG" only after a firm's, :data:`FIRM_OWNED_LABELS`)."""
COUNTRY_OWNED_LABELS = OWNED_LABELS | {"PERSON"}
"""Model labels a country's possessive overrules: a lone one-word "person" (:mod:`lone_names`, the
caller's test) outside a sport article too ("Brazil's [Petrobras]", not "Brazil's [Ronaldinho]")."""
PERSON_OWNED_LABELS = frozenset({"FAC"})
"""Model labels a country's possessive overrules only for a person's full name: the small model
calls a national's name it does not know a building ("Ethiopia's [Tirunesh Dibaba] set a new
world record", "Japan's [Ai Sugiyama] defeated"), while "Britain's [Guantanamo Bay] by" stays."""
FIRM_OWNED_LABELS = frozenset({"ORG"})
"""Model labels only a firm's possessive overrules: "Nokia's [N-Gage]" is its product, "Spain's
[Iberia]" a national firm."""
_POSSESSIVE_RE = re.compile(r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(['’]s|(?<=s)['’])\s+$")
"""Capitalised words and "'s" (or an apostrophe after an "s") right before the name: "France's ",
"South Korea's ", "Neil Jenkins' "; not a quote mark ("Ahmed 'Mido' [Hossam]")."""
LOOK_BEHIND_CHARS = 40
FULL_NAME_WORDS = (2, 3)
SITE_WORDS = frozenset(
    """plant factory factories site sites works mine mines field fields plot headquarters offices
    office base depot refinery store stores""".split()
)
"""Words after a firm's name that make it a site ("Rover's [Longbridge] plant")."""
UNIT_WORDS = frozenset(
    """subsidiary subsidiaries unit units division divisions arm business deal deals leader leaders chief
    boss bosses bid takeover merger stake shares appeal campaign""".split()
)
"""Words after a name the model calls an organisation that make it one of the firm's units or
dealings, not its product ("Yukos's [Yuganskneftegas] subsidiary", "SBC's [AT&T] deal", "the
SNP's [Holyrood] leader", "Oxfam's [Tsunami] appeal")."""
_WORDS_AFTER_RE = re.compile(r"\s+([a-z]+)(?:\s+([a-z]+))?")
_WORD_AFTER_RE = re.compile(r"\s+([a-z]+)")


def possessor(text: str, start: int) -> tuple[tuple[int, int], str] | None:
    """((end, end with the possessive mark), words) of the capitalised words whose possessive
    stands right before ``start`` (the model's span of the owner may hold the mark or not)."""
    m = _POSSESSIVE_RE.search(text, max(0, start - LOOK_BEHIND_CHARS), start)
    return None if m is None else ((m.end(1), m.end(2)), m.group(1))


def _is_country(words: str) -> bool:
    place = gazetteer.lookup(match_key(words))
    return place is not None and place.place_id.startswith("country:")


def owned_vote(
    text: str, start: int, end: int, label: str, owner: tuple[str, str | None], common: CommonWords
) -> str | None:
    """The label the owner's possessive before the name at [start, end) votes for (see the module
    docstring); ``owner`` is the owner's name and the model's label for it (None when no mention
    ends there); ``common`` knows the corpus's words (the name's words as asked)."""
    if (
        label not in COUNTRY_OWNED_LABELS | PERSON_OWNED_LABELS
        or gazetteer.lookup(match_key(text[start:end])) is not None
    ):
        return None
    owner_name, owner_label = owner
    if _is_country(owner_name):
        if label in FIRM_OWNED_LABELS:
            return None
        if label in PERSON_OWNED_LABELS:  # the cues read a building's word after it first ("[La Scala] opera house")
            name = text[start:end]
            if any(common.written_in_lower_case(w.lower()) for w in name.split()):
                return None  # "France's [Club Mediterranee] sliding": a word of the language, no given name
            return "PERSON" if national_label(name, common) == "PERSON" else None
        return national_label(text[start:end], common) if AFTER_A_PERSON_RE.match(text, end) else None
    if label not in OWNED_LABELS:
        return None  # a person's name after a firm's: one of its people ("Chelsea's [Mourinho]"); a FAC
    if owner_label == "ORG" and gazetteer.lookup(match_key(owner_name)) is None:
        if " " in text[start:end]:  # "Deutsche Bank's [Simon Champion]": one of its people, or a unit
            return None
        if label in FIRM_OWNED_LABELS:
            after = _WORDS_AFTER_RE.match(text, end)
            if after is not None and not SITE_WORDS.isdisjoint(after.groups()):
                return None  # "Sony's [Connect] music store"
            return None if after is not None and not UNIT_WORDS.isdisjoint(after.groups()) else "PRODUCT"
        after = _WORD_AFTER_RE.match(text, end)
        return None if after is not None and after.group(1) in SITE_WORDS else "PRODUCT"
    return None


def national_label(name: str, common: CommonWords) -> str | None:
    """PERSON for a name that looks like a person's, ORG for another one word, None for a longer name."""
    words = name.split()
    if len(words) in FULL_NAME_WORDS:
        if all(w[:1].isupper() for w in words) and not common.written_in_lower_case(words[-1].lower()):
            return "PERSON"
        return None
    if len(words) != 1:
        return None
    key = match_key(name)
    return "PERSON" if key in given_names() or key in family_names() else "ORG"
