"""Products the corpus names often: the small model calls a well-known product a firm or a place on
nearly every reading ("iPod" and "Xbox" ORG, "Windows" LOC, in dozens of articles each), and its
bare mentions outvote the product cues of its contexts (:mod:`product_phrases`, the possessive of
:mod:`country_possessives`: "Apple's [iPod]", "the [Xbox] console", "digital music players like the
[iPod]") however many there are.

So, per entity: when its context cues vote PRODUCT in at least ``MIN_ARTICLES`` articles, at least
``MIN_CUES`` full cues in all, and with at least ``RATIO`` times the weight of all its other cues
together (a firm's shares, chief or staff vote ORG: "Nokia shares", "[Xbox] frontman" is one against
many), the entity is a product whatever the model's readings say. A place of the gazetteer is left
to the gazetteer. One look per mention, so the pass is linear.

The plural of a one-word product the corpus names often ("[Xboxes]", "[PlayStations]", "Sony hopes to
put [Cells] in televisions") is the product's too (:func:`plural_products`): the model reads the
plural as a firm or a person though the singular is a product's in dozens of articles; not a
product named in few mentions ("Hero" once, "[Heroes]").

A maker's name and a product's together ("[the Apple iPod]", "[Microsoft Outlook]") are the product's
when the corpus calls the first a firm and the rest a product (:func:`maker_products`): the model reads
the pair as the firm."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from pipelines.entities import gazetteer
from pipelines.entities.cues import CUE_WEIGHT

if TYPE_CHECKING:
    from pipelines.entities.state import State

MIN_CUES = 2
"""Least full PRODUCT cues an entity needs."""
MIN_ARTICLES = 2
"""Least articles those cues must come from: one article's phrasing is one reading."""
RATIO = 2.0
"""How many times the weight of its other cues together the PRODUCT cues must weigh."""


class CuedProducts:
    """Per root: the weight of its PRODUCT cues, of its other cues, and the articles of its full
    PRODUCT cues."""

    def __init__(self) -> None:
        self.product: Counter = Counter()
        self.full: Counter = Counter()
        self.other: Counter = Counter()
        self.articles: dict[str, set[str]] = {}

    def add(self, st: State, i: int, r: str) -> None:
        for label, w in st.cues.get(i, ()):
            if label != "PRODUCT":
                self.other[r] += w
                continue
            self.product[r] += w
            if w >= CUE_WEIGHT:  # a full cue, not a listed neighbour's or an attribute's
                self.full[r] += 1
                self.articles.setdefault(r, set()).add(st.art_ids[i])

    def relabel(self, r: str, label: str) -> str:
        """PRODUCT for a root its contexts call a product often enough (see the module docstring),
        else ``label``."""
        if (
            label != "PRODUCT"
            and self.full[r] >= MIN_CUES
            and len(self.articles.get(r, ())) >= MIN_ARTICLES
            and self.product[r] >= RATIO * self.other[r]
        ):
            return "PRODUCT"
        return label


PLURAL_BASE_MENTIONS = 5
"""Least mentions of a product whose plural is the product's too."""
PLURAL_ENDINGS = ("es", "s")


def plural_products(keys: dict[str, str], labels: dict[str, str], counts: Counter) -> list[str]:
    """The roots (of ``keys``: root -> naming key) whose key is one word, the plural of another root's
    that ``labels`` call a product and that has ``PLURAL_BASE_MENTIONS`` mentions or more (``counts``)."""
    products = {k: r for r, k in keys.items() if labels.get(r) == "PRODUCT" and counts[r] >= PLURAL_BASE_MENTIONS}
    out = []
    for r, k in keys.items():
        if labels.get(r) == "PRODUCT" or " " in k or not k.endswith("s"):
            continue
        if any(k.endswith(e) and k[: -len(e)] in products for e in PLURAL_ENDINGS):
            out.append(r)
    return out


MAKER_MENTIONS = 5
"""Least mentions of a firm whose name opens a product's ("[Apple iPod]")."""
NAMED_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC"})
"""Labels the model gives a maker's name and its product's together ("[the Apple iPod]" ORG)."""


def maker_products(keys: dict[str, str], labels: dict[str, str], counts: Counter) -> list[str]:
    """The roots (of ``keys``: root -> naming key) whose key is a firm's and then a product's (``labels``
    call the first an organisation with ``MAKER_MENTIONS`` mentions or more, the rest a product):
    "[the Apple iPod]", "[Microsoft Outlook]", "[Sony Walkman]" are the product's, named with its maker,
    which the model reads as the firm; not a firm's division or arm ("Sony Pictures", "Sony Music": no
    product's names), nor a place of the gazetteer."""
    products = {k for r, k in keys.items() if labels.get(r) == "PRODUCT"}
    makers = {k for r, k in keys.items() if labels.get(r) == "ORG" and counts[r] >= MAKER_MENTIONS}
    out = []
    for r, k in keys.items():
        if labels.get(r) not in NAMED_LABELS or " " not in k or gazetteer.lookup(k) is not None:
            continue
        words = k.split()
        if any(" ".join(words[:n]) in makers and " ".join(words[n:]) in products for n in range(1, len(words))):
            out.append(r)
    return out
