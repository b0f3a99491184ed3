"""Words around a name that make it a product's, for the label cues (:mod:`pipelines.entities.cues`):
a kind of device, software or format after it ("a new [Clio] model", "the [Firefox] browser"), or
a maker's verb or a kind of medicine before it ("Inbev, which makes [Stella Artois]", "the drug
[Vioxx]"). Each test reads a few words on either side of the name, so the pass is linear."""

from __future__ import annotations

import re

PRODUCT_AFTER = frozenset(
    """model models console consoles laptop laptops handset handsets smartphone smartphones hatchback device
    browser browsers processor processors chip format formats virus worm handheld handhelds application
    applications coupe coupes saloon saloons hatchbacks sedan sedans suv suvs convertible convertibles range
    rum brandy vodka whisky whiskey gin lager stout cider champagne""".split()
)
"""Lower-case words right after a name that make it a product's ("a new [Clio] model", "[XLR] coupes", "the
[GameBoy] console", "the [Firefox] browser", "in [MPEG-2] format", "the [Zafi] virus"; not the plural
"chips", which follows makers); not "phone" nor "player", which follow makers, nationalities and clubs
("Nokia phones", "Arsenal player"); a kind of drink a brand names ("[Malibu] rum", "[Stolichnaya] vodka";
not "wine" nor "beer", which follow countries and makers: "Chinese wine", "India's beer"). A maker named
so in a few of its many mentions stays an organisation by the vote."""
PRODUCT_BEFORE = frozenset(
    """makes drug painkiller vaccine ship vessel tanker liner yacht frigate submarine warship ferry browser
    codename""".split()
)
"""Words right before a name that make it a product's ("which makes [Stella Artois]", "the drug
[Vioxx]"), or a kind of vessel ("the ship [Diligence]": vehicles are products), and "aboard the"
("aboard the [Crystal Harmony]"), "browser", "operating system" and "codename" ("web browser
[Safari]", "Xbox 2 (codename [Xenon])"); not
"made" ("made Peter Jackson a star") nor "maker", which stands before people."""
PRODUCT_BEFORE_PAIRS = frozenset({("maker", "of"), ("makers", "of"), ("aboard", "the"), ("operating", "system")})


_MAKERS_AFTER_RE = re.compile(r"\s+(?:makers?|manufacturers?)\b")
"""Its makers after a possessive name ("[Bovril's] makers"): a product's."""


def names_a_product(text: str, end: int, before: list[str], after: list[str]) -> bool:
    """The lower-cased words ``before`` and ``after`` the name ending at ``end`` make it a product's."""
    if after and text[end + 1 : end + 2].islower() and after[0] in PRODUCT_AFTER:
        return True
    if text[end : end + 2] in ("'s", "’s") and _MAKERS_AFTER_RE.match(text, end + 2):
        return True
    if text[end - 2 : end] in ("'s", "’s") and _MAKERS_AFTER_RE.match(text, end):
        return True
    return bool(before) and (before[-1].lstrip("(") in PRODUCT_BEFORE or tuple(before) in PRODUCT_BEFORE_PAIRS)
