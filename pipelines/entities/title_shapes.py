"""Titles by their shape: words no person's name holds where they stand. A name the model calls a person
that opens with a preposition ("Beyond Borders", "About Schmidt", "Under Grey Skies") or a kind of work
("[Comedy Fat Albert] moved down the chart", the model running the genre into the title) or holds a lower-case
preposition, pronoun or verb between its words ("Notes on Falling Leaves", "Dancing in the Dark", "Luck
is a Lady"), or a name the model calls a person or a product that opens with a possessive pronoun ("My
Life", "My Boo", "Our Friends in the North"), is a title: the label vote reads it as a work
(:func:`labels._vote_label`). Not a name's particles ("Ludwig van Beethoven", "Abu al-Mansur"), nor "of",
"the" and "and", which people's names and epithets hold too ("Joan of Arc", "Ivan the Terrible", "Prince
of Wales", a pair of people), nor a pronoun before a title of address ("Our Lady", "Your Majesty"; "His"
and "Her" open "His Holiness" and "Her Majesty" and are left out). The test reads the words of the name,
so it is cached per surface like the rest of the vote."""

from __future__ import annotations

from pipelines.wordlists import HONORIFICS

OPENING_PREPOSITIONS = frozenset(
    """About Above Across After Against Along Among Around Before Behind Below Beneath Between Beyond Inside Into
    Outside Through Towards Under Until Upon Within Without""".split()
)
"""Prepositions that open titles and no person's name ("Beyond Borders", "About Schmidt", "Without a Trace"),
as written; not "By", "To", "On", "Of", "Over" nor "Near", which are surnames or name particles too."""
OPENING_KINDS = frozenset("Comedy Thriller Drama Documentary Sitcom Biopic Cartoon Blockbuster Musical".split())
"""Kinds of work the model runs into the title after them at a sentence's start ("[Comedy Meet The Fockers] has
held on to the number one spot", "[Comedy Fat Albert] moved down the chart"): no person's name opens with
one, as written; not "Film" nor "Song", which are surnames too."""
KIND_TITLE_WORDS = 2
"""A kind of work opens a title only before two words or more: a channel's, a club's or a school's name is
a kind and one word ("Comedy Central", "Drama Centre")."""
POSSESSIVE_OPENERS = frozenset("My Your Our Their".split())
"""Possessive pronouns that open titles ("My Life", "Your Song", "Our Friends in the North", "Their Eyes
Were Watching God"), as written; not "His" nor "Her" ("Her Majesty", "His Holiness")."""
ADDRESS_WORDS = HONORIFICS | frozenset("majesty highness holiness excellency lordship ladyship father".split())
"""Words after a possessive pronoun that make a title of address, a person ("Our Lady", "Your Majesty"), in
lower case."""
INNER_WORDS = frozenset(
    """on in at for with from to into onto over under about without is are was were a an my your me you it not
    no all""".split()
)
"""Lower-case prepositions, pronouns and verbs that only a title holds between a name's capitalised words
("Notes on Falling Leaves", "Dancing in Dark Rooms", "Luck is a Lady"); not "of", "the", "and", nor a
name's particles ("van", "de", "bin", "al"), as written."""


def person_title(name: str) -> bool:
    """The name the model calls a person's is a title by its shape (see the module docstring)."""
    words = name.split()
    if len(words) < 2:
        return False
    if words[0] in OPENING_PREPOSITIONS or (words[0] in OPENING_KINDS and len(words) > KIND_TITLE_WORDS):
        return True
    inner = words[1:-1]
    return any(w in INNER_WORDS for w in inner) or possessive_title(name)


def possessive_title(name: str) -> bool:
    """The name opens with a possessive pronoun and is no title of address ("My Life"; not "Our Lady")."""
    words = name.split()
    return len(words) >= 2 and words[0] in POSSESSIVE_OPENERS and words[1].lower() not in ADDRESS_WORDS
