"""Number words, scales ("bn", "mln", "a quarter of a billion") and the qualifiers written around
an amount ("about", "more than", "a share")."""

from __future__ import annotations

from pipelines.money.lexicon import Qualifier

# --- scales -----------------------------------------------------------------------------
SCALES: dict[str, float] = {
    "thousand": 1e3,
    "k": 1e3,
    "K": 1e3,
    "grand": 1e3,
    "million": 1e6,
    "m": 1e6,
    "M": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "mill": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "B": 1e9,
    "bln": 1e9,
    "bil": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "trln": 1e12,
    "tr": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "lacs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "cr": 1e7,
}
# Written with a space before them ("5 million", "5 bn").
SPACED_SCALES = (
    "thousand",
    "million",
    "billion",
    "trillion",
    "mn",
    "mln",
    "bn",
    "bln",
    "tn",
    "trn",
    "trln",
    "lakhs?",
    "lacs?",
    "crores?",
    "grand",
)
# Glued to digits only ("5m", "$5k", "5bn").
ATTACHED_SCALES = ("mln", "bln", "trln", "trn", "mn", "bn", "tn", "bil", "mil", "m", "M", "k", "K", "b", "B", "cr")

# --- number words -----------------------------------------------------------------------
UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
WORD_SCALES = {
    "hundred": 100,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,
    "crore": 1e7,
    # newswire abbreviations after a spelled-out count: "five mln dlrs"
    "mln": 1e6,
    "mn": 1e6,
    "bln": 1e9,
    "bn": 1e9,
}

# --- qualifiers -------------------------------------------------------------------------
# Written before the amount (outside its span).
QUALIFIERS_BEFORE: dict[str, Qualifier] = {
    "about": Qualifier.APPROX,
    "around": Qualifier.APPROX,
    "some": Qualifier.APPROX,
    "nearly": Qualifier.APPROX,
    "almost": Qualifier.APPROX,
    "roughly": Qualifier.APPROX,
    "approximately": Qualifier.APPROX,
    "approx.": Qualifier.APPROX,
    "approx": Qualifier.APPROX,
    "an estimated": Qualifier.APPROX,
    "estimated": Qualifier.APPROX,
    "circa": Qualifier.APPROX,
    "close to": Qualifier.APPROX,
    "in the region of": Qualifier.APPROX,
    "in the area of": Qualifier.APPROX,
    "of the order of": Qualifier.APPROX,
    "on the order of": Qualifier.APPROX,
    "around about": Qualifier.APPROX,
    "just about": Qualifier.APPROX,
    "c.": Qualifier.APPROX,
    "ca.": Qualifier.APPROX,
    "at least": Qualifier.AT_LEAST,
    "no less than": Qualifier.AT_LEAST,
    "not less than": Qualifier.AT_LEAST,
    "a minimum of": Qualifier.AT_LEAST,
    "at a minimum": Qualifier.AT_LEAST,
    "more than": Qualifier.MORE_THAN,
    "over": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN,
    "above": Qualifier.MORE_THAN,
    "upwards of": Qualifier.MORE_THAN,
    "just over": Qualifier.MORE_THAN,
    "well over": Qualifier.MORE_THAN,
    "well above": Qualifier.MORE_THAN,
    "exceeding": Qualifier.MORE_THAN,
    "north of": Qualifier.MORE_THAN,
    "less than": Qualifier.LESS_THAN,
    "under": Qualifier.LESS_THAN,
    "below": Qualifier.LESS_THAN,
    "just under": Qualifier.LESS_THAN,
    "fewer than": Qualifier.LESS_THAN,
    "just below": Qualifier.LESS_THAN,
    "short of": Qualifier.LESS_THAN,
    "shy of": Qualifier.LESS_THAN,
    "well under": Qualifier.LESS_THAN,
    "up to": Qualifier.UP_TO,
    "as much as": Qualifier.UP_TO,
    "as high as": Qualifier.UP_TO,
    "no more than": Qualifier.UP_TO,
    "not more than": Qualifier.UP_TO,
    "at most": Qualifier.UP_TO,
    "a maximum of": Qualifier.UP_TO,
    "as little as": Qualifier.UP_TO,
}
# Written after the amount (outside its span).
QUALIFIERS_AFTER: dict[str, Qualifier] = {
    "or more": Qualifier.AT_LEAST,
    "or so": Qualifier.APPROX,
    "or less": Qualifier.UP_TO,
    "plus": Qualifier.AT_LEAST,
    "-plus": Qualifier.AT_LEAST,
    "+": Qualifier.AT_LEAST,
    "or thereabouts": Qualifier.APPROX,
}

# --- restatements -----------------------------------------------------------------------
# After "or", an amount per unit is a separate figure, never a restatement.
PER_UNIT = (
    r"(?:a|per|an|each)[\s-]+(?:share|unit|head|person|barrel|tonne|ton|ounce|year|month|"
    r"week|day|hour|litre|liter|gallon|pound|kilo|kg|mile|night|ticket|seat|vote)s?\b"
    r"|each\b|apiece\b|(?:a|per)[\s-]+(?:common\s+|ordinary\s+|diluted\s+)?share"
)
