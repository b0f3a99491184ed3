"""Versions, upgrades and installs of a named thing, for the label cues (:mod:`pipelines.entities.cues`):
only software, a device or a work comes in versions, gets upgrades or runs on a machine, so the name
after such words is a product's or a work's, whatever the model calls it ("counterfeit versions of
[Windows XP]", "the SP2 upgrade for [Windows XP]", "PCs running [Windows 2000]", "a new version of
[iTunes]" are products; "screen versions of [The A-Team]", "the uncut version of [Dirty War]",
"sequels to [Halo]" are works).

"Version of" says which only with a word before it: a software's ("new", "latest", "beta",
"counterfeit", ...: ``PRODUCT_VERSIONS``) or a screen's or a stage's ("film", "screen", "uncut", ...:
``WORK_VERSIONS``); "her version of [Giselle]" and "a version of [Pfizer]'s drug" say nothing. Not a
name a possessive or a noun follows, which owns or makes the thing ("a version of [Bizet]'s opera",
"copies of [Apple] software", "the beta version of the [MSN] search engine"), nor a place (the caller
leaves out the gazetteer's: "the [US] version"). Each test reads a few words before the name, so the
pass is linear."""

from __future__ import annotations

import re

from pipelines.entities.work_phrases import FUNCTION_WORDS_AFTER, PAPER_WORDS

PRODUCT_VERSIONS = frozenset("beta test trial upgraded mobile counterfeit pirated pirate fake illegal free".split())
"""Words before "version(s) of" that make the name after it a program's or a device's ("counterfeit versions
of [Windows XP]", "the beta version of [MSN Spaces]")."""
NEW_VERSIONS = frozenset("new newer newest latest updated older earlier current next final".split())
"""Words before "version(s) of" that make the name after it a program's unless a title's "The" opens it
("a new version of [IE]", "the latest version of [iTunes]"; not "the new version of The [Magic
Roundabout]", a film)."""
WORK_VERSIONS = frozenset(
    """film movie screen stage cinema television tv musical feature-length cover live acoustic uncut recut
    animated cartoon""".split()
)
"""Words before "version(s) of" that make the name after it a work's ("screen versions of [The A-Team]",
"the uncut version of [Dirty War]", "a feature-length version of [Noggin]")."""
_VERSION_RE = re.compile(r"(?<![\w'’-])([\w'’-]+)\s+versions?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_UPGRADE_RE = re.compile(r"\b(?:upgrades?|updates?)\s+(?:to|for)\s+(?:the\s+)?$")
"""An upgrade or an update to or for a name ("the SP2 upgrade for [Windows XP]", "upgrade to [iTunes]"):
a program's."""
RUNNING_HOSTS = frozenset("computers pcs machines handsets phones devices laptops servers systems".split())
"""Plural machines before "running" that make the name after it their software ("PCs running [Windows
XP]", "handsets running the [Symbian] system")."""
_RUNNING_RE = re.compile(r"\b([a-z]+)\s+running\s+(?:the\s+)?$", re.IGNORECASE)
_SEQUELS_RE = re.compile(r"\bsequels\s+to\s+(?:the\s+)?$")
"""The plural of "sequel to" (which :mod:`work_phrases` reads): "sequels to [Halo] and Half-Life"."""
WINDOW = 40
"""Characters read before a name."""
_AND_NAME_RE = re.compile(r"\s+(?:and|&)\s+[A-Z][\w'’-]*")
_WORD_AFTER_RE = re.compile(r"['’]|\s+([a-z][\w-]*)")
WORDS_AFTER = FUNCTION_WORDS_AFTER | frozenset(
    "to by than but if because after before while are were has have had will would can could may might".split()
)
"""Lower-case words after a name that are no noun it modifies ("versions of [Windows XP] to firms")."""
VERB_ENDINGS = ("s", "ed")
"""Endings of a verb after a name ("[Vantor] closes", "[Windows XP] crashed"); any other lower-case word
after it is a noun it modifies ("the [MSN] search engine", "[Apple] software")."""


def _owner_after(text: str, start: int, end: int) -> bool:
    """A possessive or a noun after the name at [start, end) (a lower-case word that is no function word
    and has no verb's ending), or a possessive or a paper's word closing it."""
    name = text[start:end]
    if name.endswith(("'s", "’s", "s'", "s’")) or name.rsplit(None, 1)[-1].lower() in PAPER_WORDS:
        return True
    if (pair := _AND_NAME_RE.match(text, end)) is not None:
        end = pair.end()  # "the [Rogers] and Hammerstein classic": the pair owns the work
    m = _WORD_AFTER_RE.match(text, end)
    if m is None or m.group(1) is None:
        return m is not None
    word = m.group(1)
    return word not in WORDS_AFTER and not word.endswith(VERB_ENDINGS)


def _version_kind(text: str, start: int, lo: int) -> str | None:
    """The kind the words before "version(s) of" give the name starting at ``start`` (see the module
    docstring); None when none stand there or they say nothing."""
    m = _VERSION_RE.search(text, lo, start)
    if m is None:
        return None
    word = m.group(1).lower()
    if word in WORK_VERSIONS:
        return "WORK_OF_ART"
    titled = text.startswith("The ", start) or text.endswith("The ", 0, start)
    if word in PRODUCT_VERSIONS or (word in NEW_VERSIONS and not titled):
        return "PRODUCT"  # "a new version of [IE]", not "the new version of The [Magic Roundabout]"
    return None


def _installed(text: str, start: int, lo: int) -> bool:
    """An upgrade or an update for, or machines running, the name starting at ``start``."""
    if _UPGRADE_RE.search(text, lo, start) is not None:
        return True
    m = _RUNNING_RE.search(text, lo, start)
    return m is not None and m.group(1).lower() in RUNNING_HOSTS


def version_kind(text: str, start: int, end: int) -> str | None:
    """PRODUCT or WORK_OF_ART when the words before the name at [start, end) speak of a version, an
    upgrade, a sequel or a machine running it (see the module docstring), else None."""
    if not text.endswith(" ", 0, start):
        return None
    lo = max(0, start - WINDOW)
    if "version" in text[lo:start].lower():
        kind = _version_kind(text, start, lo)
    elif _installed(text, start, lo):
        kind = "PRODUCT"
    elif _SEQUELS_RE.search(text, lo, start) is not None:
        kind = "WORK_OF_ART"
    else:
        return None
    return None if kind is None or _owner_after(text, start, end) else kind
