"""Words around a name that make it a product's, for the label cues (:mod:`pipelines.entities.cues`):
a kind of device, software or format after it ("a new [Clio] model", "the [Firefox] browser"), or
a maker's verb or a kind of medicine before it ("Inbev, which makes [Stella Artois]", "the drug
[Vioxx]"), or a kind of technology and "dubbed" or "called" ("a technology dubbed [PanaVox]"), a game's word and
"title" before it ("Sega's launch title [Project Rub]"), or a kind of file-sharing and a network
after it ("the [Direct Connect] peer-to-peer network"), or a list that games open ("games ... include
Ape Academy, Formula One and [Fired Up]"). Each
test reads a few words on either side of the name, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities.club_cues import sport_article
from pipelines.entities.product_heads import product_head_after
from pipelines.entities.work_phrases import APPOSITION_GAP, apposed_kind, such_as_kinds

PRODUCT_AFTER = frozenset(
    """model models console consoles laptop laptops handset handsets smartphone smartphones hatchback device
    browser browsers processor processors chip format formats virus worm handheld handhelds application
    applications coupe coupes saloon saloons hatchbacks sedan sedans suv suvs convertible convertibles range
    rum brandy vodka whisky whiskey gin lager stout cider champagne robot robots supercomputer
    supercomputers""".split()
)
"""Lower-case words right after a name that make it a product's ("a new [Clio] model", "[XLR] coupes", "the
[GameBoy] console", "the [Firefox] browser", "in [MPEG-2] format", "the [Zafi] virus"; not the plural
"chips", which follows makers); not "phone" nor "player", which follow makers, nationalities and clubs
("Nokia phones", "Arsenal player"); a kind of drink a brand names ("[Malibu] rum", "[Stolichnaya] vodka";
not "wine" nor "beer", which follow countries and makers: "Chinese wine", "India's beer"). A maker named
so in a few of its many mentions stays an organisation by the vote; a kind of machine ("the [Qrio]
robot", "the [Columbia] supercomputer")."""
MEDICINES_AFTER = frozenset("drug drugs painkiller painkillers vaccine".split())
"""Kinds of medicine after a name that make it a product's when no noun follows them ("its [Iressa]
drug in a trial"; not "the [Tulpa] drug cartel", a place's trade)."""
_CLAUSE_AFTER_RE = re.compile(
    r"\s+\S+(?:[.,;:!?)]|\s*$|\s+(?:in|against|was|is|has|had|will|would|could|can|may|and|or|which|that|to|for|from"
    r"|on|with|by|as|at|but|been|being|were|are|have)\b)"
)
"""A medicine's word then punctuation or a function word: no noun that makes the two a compound."""
PRODUCT_BEFORE = frozenset(
    """makes drug medicine painkiller vaccine robot ship vessel tanker liner yacht frigate submarine warship ferry
    browser codename""".split()
)
"""Words right before a name that make it a product's ("which makes [Stella Artois]", "the drug
[Vioxx]", "humanoid robot [Asimo]"),
or a kind of vessel ("the ship [Diligence]": vehicles are products), and "aboard the"
("aboard the [Crystal Harmony]"), "browser", "operating system" and "codename" ("web browser
[Safari]", "Xbox 2 (codename [Xenon])"); not
"made" ("made Peter Jackson a star") nor "maker", which stands before people; "medicine" too ("rival
medicine [Tarceva]")."""
GAME_GENRES = frozenset(
    """video computer online role-playing racing strategy puzzle arcade adventure shoot-em-up console pc
    multiplayer multi-player driving fighting board mobile handheld""".split()
)
"""Genres and media of games before "game" that make the name right after it a game's ("the online
role-playing game [EverQuest]", "video game [World of Warcraft]", "the board game [Cluedo]"); not
"football" nor "sports", whose game is a match ("the football game Arsenal lost")."""
SOFTWARE_KINDS = frozenset("file-sharing file-swapping peer-to-peer anti-virus anti-spyware spyware".split())
"""Kinds of software before "program" or "software" that make the name right after it a program's
("file-sharing program [BitTorrent]", "the anti-virus software [Norton]"); not "the program", which
governments' schemes and broadcasts follow too ("the program Medicare")."""
GAME_TITLE_WORDS = GAME_GENRES | {"launch"}
"""Words before "title" or "titles" that make the name right after it a game's ("Sega's launch title
[Project Rub]", "the acclaimed PC title [Call of Duty]"); not a sport's or a rank's title, which no
game's word opens ("the world title [Moreno] had held", "the football title", "take the title [Duke
of Cornwall]")."""
PRODUCT_BEFORE_PAIRS = frozenset(
    {("maker", "of"), ("makers", "of"), ("aboard", "the"), ("operating", "system")}
    | {(genre, "game") for genre in GAME_GENRES}
    | {(word, title) for word in GAME_TITLE_WORDS for title in ("title", "titles")}
    | {(kind, program) for kind in SOFTWARE_KINDS for program in ("program", "programs", "software")}
)


SHARING_KINDS = frozenset("file-sharing file-swapping peer-to-peer p2p".split())
SHARING_HEADS = frozenset(
    "network networks system systems service services program programs software application client".split()
)
"""A kind of file-sharing and a network, a system or a program right after a name make it the
network's ("across the [Direct Connect] peer-to-peer network", "operators of BitTorrent, eDonkey and
[DirectConnect] peer-to-peer networks", "the BitTorrent and [Kazaa] file-sharing systems"): such
words follow no maker's nor place's name; not another noun after the kind ("the [Harlow]
file-sharing case", "the Finnish anti-virus firm")."""


PRODUCT_HEADS = frozenset(
    """game program programme software browser console device handset phone gadget laptop computer
    car vehicle drug""".split()
)
"""Head nouns of an apposition after a name that make it a product's ("[Racing Academy], a massively
multiplayer car racing game,", "[Spybot], a free program,"); "programme" only with a software word
before it; not "model" nor "player", which head people's appositions ("Kate Moss, the model,")."""
_APPOSITION_RE = re.compile(
    r",\s+(?:the|a|an)\s+"
    + APPOSITION_GAP
    + "(?:"
    + "|".join(sorted(PRODUCT_HEADS - {"programme"}))
    + r"|(?:software|computer|anti-virus|security)\s+programme)(?=[,.;:)]|\s+(?:which|that|for|designed|made|from)\b)"
)
SOFTWARE_PLURALS = frozenset("games programs franchises".split())
"""Plural kinds of game or software before "such as" or a list that make its items products
("programs such as Ad-Aware and [Spybot]", "franchises such as [Jak and Daxter]")."""


def product_apposition(text: str, end: int) -> bool:
    """An apposition whose head names a kind of game, software or device right after the name ending
    at ``end`` ("[Spybot], a free program,")."""
    return _APPOSITION_RE.match(text, end) is not None


def such_as_product(text: str, start: int) -> bool:
    """A plural kind of game or software and "such as" right before the name starting at ``start``, or a
    few words and a comma between ("games on the market, such as [Civilisation]": ``such_as_kinds``);
    or "titles" and "such as" or "like" with a word of games shortly before (``_games_titles``)."""
    if _PLURAL_LIKE_RE.search(text, max(0, start - 20), start):
        return True  # "playing games like [Everquest 2]"
    kinds = such_as_kinds(text, start)
    if any(kind in SOFTWARE_PLURALS for kind in kinds):
        return True
    return _games_titles(text, start, "titles" in kinds)


GAMES_WORD_RE = re.compile(
    r"\b(?:gamers?|gaming|gameplay|consoles?|(?:video|computer|online|mobile|pc|console)\s+games?"
    r"|games\s+(?:industry|makers?|developers?|publishers?|firms?|consoles?))\b",
    re.IGNORECASE,
)
"""A word of video games, which makes "titles" near it games ("the video game market ... EA publishes
blockbuster titles such as [Fifa]"); not "game" or "games" alone, which are matches in a sport's
report ("won titles such as [Wimbledon]")."""
GAMES_WINDOW = 300
"""Characters read before "titles" for a word of games."""
_TITLES_LIKE_RE = re.compile(r"\btitles\s+like\s+(?:the\s+)?$")


def _games_titles(text: str, start: int, such_as: bool) -> bool:
    """ "Titles such as" (``such_as``) or "titles like" right before the name starting at ``start``, and a
    word of games in the ``GAMES_WINDOW`` characters before: a game's name ("versions of titles, such as
    [Colin McRae Rally], that you find on PCs and consoles"); not titles with no game near, which are
    films', books' or prizes' ("the UMD format ... older titles such as [Total Recall]")."""
    if not such_as:
        m = _TITLES_LIKE_RE.search(text, max(0, start - 20), start)
        if m is None:
            return False
        at = m.start()
    else:
        at = text.rfind("titles", max(0, start - 40), start)
    return at >= 0 and GAMES_WORD_RE.search(text, max(0, at - GAMES_WINDOW), at) is not None


LIST_KINDS = ("games", "titles", "browsers")
"""Plural kinds of game or software whose list after "such as", "like", "including" or "include" holds
products: every name of it ("21 games will be available for the PSP, including Need for Speed, Ridge
Racer and [Vampire Chronicle]", "these games - like Warcraft, EverQuest, [Ultima] among others");
"titles" only near a word of video games (``GAMES_WORD_RE``); not "consoles", "gadgets" nor "handsets",
which lists of makers follow ("handsets from makers including Nokia and Samsung"), nor "programs" or
"franchises", which lists of a government's schemes or of restaurant chains follow ("programs such as
Medicare and Medicaid", "franchises such as Pizza Hut and Taco Bell")."""
_CLAUSE_WORDS = r"(?:if|when|which|that|who|whose|where|while|because|and|or|but|their|his|her|its)"
_LIST_OPENER_RE = re.compile(
    r"\b(" + "|".join(LIST_KINDS) + r")\b((?:\s+(?!" + _CLAUSE_WORDS + r"\b)[\w'’-]+){0,8}?)"
    r"(?:,?\s+(?:such\s+as|including|include|includes)|\s+(?:[-–]\s+)?like)\s+(?:the\s+)?"
)
"""A list's kind, up to eight words that open no clause ("games for the mini console include", "games
will be available for the PSP, including"), and the list's opener; not "games, like", whose "like" may
speak of what offers them ("Portal sites which offer casual games, like [AOL]"), nor a clause between
("video games if their heroes like [Robbie Williams]")."""
_ITEM = r"[A-Z0-9][\w'’:!-]*(?:\s+(?:[A-Z0-9][\w'’:!-]*|of|for|the|and|in|on|a|to))*"
_LISTED_BEFORE_RE = re.compile(rf"(?:{_ITEM}(?:,\s+(?:and\s+)?|\s+and\s+|\s+or\s+))*")
"""Names of a list and their commas or "and" before a listed name."""
_CUT_AFTER_RE = re.compile(r"['’]s?\b|\s+[A-Z0-9]")
LIST_WINDOW = 250
"""Characters read before a name for its list's opener."""


def listed_product(text: str, start: int, end: int) -> bool:
    """The name at [start, end) stands in a list that a plural kind of game or software opens
    (``LIST_KINDS``, ``_LIST_OPENER_RE``) with only names before it since, outside a sport's report (its
    "games" are matches: "missed games including [Fulham]"); not an owner nor a name a capitalised word
    follows, which makes ("Nintendo's Super Mario 64 DS", "the Sony PSP")."""
    if _CUT_AFTER_RE.match(text, end):
        return False
    opener = None
    for m in _LIST_OPENER_RE.finditer(text, max(0, start - LIST_WINDOW), start):
        opener = m
    if opener is None or _LISTED_BEFORE_RE.fullmatch(text, opener.end(), start) is None:
        return False
    if opener.group(1) == "titles" and not GAMES_WORD_RE.search(text, max(0, opener.start() - GAMES_WINDOW), start):
        return False
    return not sport_article(text)


_PLURAL_LIKE_RE = re.compile(r"\b(?:" + "|".join(sorted(SOFTWARE_PLURALS)) + r")\s+like\s+$")
"""A plural kind of game or software and "like" right before a name ("playing games like [Everquest 2]")."""


_POSSESSIVE = ("'s", "’s")
_MAKERS_AFTER_RE = re.compile(r"\s+(?:makers?|manufacturers?)\b")
"""Its makers after a possessive name ("[Bovril's] makers"): a product's."""


OWNED_AFTER = frozenset("software technology service site website project platform engine".split())
"""Lower-case words after a name that a firm's possessive opens that make it the firm's product
("Microsoft's [Media Center] software", "Apple's [iTunes] service", "Sony's [Blu-ray Disc]
technology", "the BBC's [iCan] site"); not "programme", a broadcast ("the BBC's [Newsnight]
programme"), nor "network" or "system", which firms' names take after "the" ("the [Vodafone]
network")."""
_POSSESSIVE_BEFORE_RE = re.compile(r"(?:[A-Z][\w&-]*['’]s|\b(?:its|their)(?:\s+[a-z][a-z-]*){0,2})\s+$")
"""A firm's possessive, or "its" or "their" and up to two lower-case words, before a name ("Apple's
[iTunes] service", "its new [RipGuard] technology", "its latest [Mac OSX] software")."""
MODEL_PLURALS = frozenset("models devices gadgets handsets phones players consoles cars machines".split())
_LIKE_RE = re.compile(r"\b([a-z]+),?\s+(?:like|such\s+as|including)\s+$")
"""Plural kinds of device, "like" or "such as" and "the" before a name ("its second-generation models,
like [the Creative Zen Micro Photo]", "digital music players like the [iPod]"): the name is a model's,
which "the" opens; not "players like [Steven Gerrard]", with no "the"."""
APPOSED_PRODUCT_KINDS = frozenset(
    "engine software browser console handset device gadget laptop computer chip processor format".split()
)
"""Kinds of product a name stands in apposition to ("BT's own engine, [Tara] (Total Abstract Rendering
Architecture)", "its new console, [the Xbox 360],"); not "model", "player" nor "game", which
people's and teams' names follow too ("the model, [Kate Moss],")."""


def _model_like(text: str, start: int) -> bool:
    """A plural kind of device, "like" and "the" before the name starting at ``start`` ("the" may open
    the span)."""
    if not text.startswith(("the ", "The "), start):
        if not text.endswith("the ", 0, start):
            return False
        start -= 4
    m = _LIKE_RE.search(text, max(0, start - 40), start)
    return m is not None and m.group(1) in MODEL_PLURALS


_PROGRAM_AFTER_RE = re.compile(
    r"\s+(?:(?!(?:television|tv|radio|news|training|government|aid)\s)[a-z][a-z-]*\s+)?(?:software|program|programs)\b"
    r"(?!\s+(?:division|company|companies|firm|firms|maker|makers|giant|group|business|house|developer)\b)"
)
"""Software or a program after a name and maybe a kind of it ("the [Outlook] e-mail program", "the
[Morpheus] file-sharing software"); not a broadcast ("the ABC television program") nor a firm's
division ("the Argonaut software division")."""


_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+(?:[a-z][a-z-]*\s+)?$")
""""The" and perhaps one lower-case word before a name ("The [Skulls] program", "the malicious
[Skulls] program")."""


def the_program(text: str, start: int, end: int) -> bool:
    """ "The" before the name at [start, end) and software or a program after it (``_PROGRAM_AFTER_RE``):
    a program's name, a maker's takes no "the" ("Microsoft software")."""
    return (
        _PROGRAM_AFTER_RE.match(text, end) is not None
        and _THE_BEFORE_RE.search(text, max(0, start - 30), start) is not None
    )


def owned_product(text: str, start: int, end: int, after: list[str]) -> bool:
    """A firm's possessive (or "its", "their") before the name and a kind of software, service or
    project after it (``OWNED_AFTER``), "the" before it and software after it (``the_program``), a plural kind of
    device and "like the" before it, or a kind of device or software it stands in apposition to
    (``APPOSED_PRODUCT_KINDS``)."""
    if (
        after
        and after[0] in OWNED_AFTER
        and text[end + 1 : end + 2].islower()
        and not text[start:end].isupper()
        and _POSSESSIVE_BEFORE_RE.search(text, max(0, start - 30), start)
    ):
        return True
    if the_program(text, start, end):
        return True
    return _model_like(text, start) or apposed_kind(text, start, end, APPOSED_PRODUCT_KINDS)


DUBBED_KINDS = """technology technologies system software tool application program format protocol engine
    device gadget console handset browser codec""".split()
"""Kinds of technology before "dubbed", "called" or "known as" that make the name after it a product's
("a technology dubbed [PanaVox]", "a messaging application called [Pictochat]"); not "network" nor
"service", which firms' names follow too, nor "man" or "group" ("a man called [Joe]")."""
_DUBBED_RE = re.compile(r"\b(?:" + "|".join(DUBBED_KINDS) + r")\s+(?:dubbed|called|codenamed|known\s+as)\s+$")


_NAME = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
_LISTED_KIND_RE = re.compile(r"\s+(?:and|or|&)\s+" + _NAME + r"\s+([a-z]+)\b")
"""Another name after "and" and a lower-case word after both ("the [Fusion] and Zephyr models")."""
OWNED_PLURALS = frozenset("products brands drugs".split())
"""Plural kinds of goods after names a firm's "its" or "their" opens ("its Celebrex and [Bextra]
products"); not after a name alone ("Sony products", "Nintendo products": the maker's)."""
_ITS_BEFORE_RE = re.compile(r"\b(?:its|their)\s+(?:" + _NAME + r"(?:,|\s+(?:and|or|&))\s+)?$")
_OWNED_AFTER_RE = re.compile(r"(?:(?:,|\s+(?:and|or|&))\s+" + _NAME + r")?\s+(" + "|".join(OWNED_PLURALS) + r")\b")


def _listed_product(text: str, start: int, end: int) -> bool:
    """The name at [start, end) is listed before a kind of product ("the [Fusion] and Zephyr
    models"), or after "its" or "their" before plural goods ("its Celebrex and [Bextra] products")."""
    m = _LISTED_KIND_RE.match(text, end)
    if m is not None and m.group(1) in PRODUCT_AFTER:
        return True
    return (
        _OWNED_AFTER_RE.match(text, end) is not None
        and _ITS_BEFORE_RE.search(text, max(0, start - 40), start) is not None
    )


def names_a_product(text: str, start: int, end: int, before: list[str], after: list[str]) -> bool:
    """The lower-cased words ``before`` and ``after`` the name at [start, end) make it a product's."""
    if _DUBBED_RE.search(text, max(0, start - 40), start):
        return True
    if after and text[end + 1 : end + 2].islower() and text[end - 2 : end] not in _POSSESSIVE:
        if after[0] in SHARING_KINDS and len(after) > 1 and after[1] in SHARING_HEADS:
            return True  # "the [Direct Connect] peer-to-peer network"
        if after[0] in PRODUCT_AFTER:
            return True  # not a possessive's: "[Ms Casalme's] application" is what she has
        if after[0] in MEDICINES_AFTER and _CLAUSE_AFTER_RE.match(text, end):
            return True  # "its [Iressa] drug in a trial", not "the [Tulpa] drug cartel"
    if _listed_product(text, start, end) or product_head_after(text, start, end):
        return True  # "the [Fusion] and Zephyr models", "the [Gizmondo] combined media player"
    if owned_product(text, start, end, after):
        return True
    if text[end : end + 2] in _POSSESSIVE and _MAKERS_AFTER_RE.match(text, end + 2):
        return True
    if text[end - 2 : end] in _POSSESSIVE and _MAKERS_AFTER_RE.match(text, end):
        return True
    return bool(before) and (before[-1].lstrip("(") in PRODUCT_BEFORE or tuple(before) in PRODUCT_BEFORE_PAIRS)
