"""Words around a name that make it a work's title, for the label cues
(:mod:`pipelines.entities.cues`): a kind of work or a genre before it ("the track [Mosh]",
"thriller [Creep]"), "starred in" before it, or its cast, director or creator after it
("The Aviator, starring ...", "Phoenix Nights creator Peter Kay") or its year in brackets ("The
Boxer (1998)"), or nominations after an award ("Oscar nominations", "Grammy-winning": awards are
works, like prizes); a kind of work and a title's "The", a plural kind and "such as" or a noun
"hit" before it ("family comedy The [Pacifier]", "TV shows such as [Battlestar Galactica]", "for
hit [Hey Ya]"), "to star in" before it, or "the" before it and a kind of work after it ("the
[Shrek] films"). Each test reads a few words on either side of the name, so the pass is linear."""

from __future__ import annotations

import re

from pipelines.entities.given_names import given_names
from pipelines.entities.keys import match_key

WORK_KINDS = """track song album film movie novel sitcom documentary musical thriller comedy drama
    blockbuster sequel biopic cartoon animation opera soap programme series feature titled entitled autobiography
    memoir memoirs""".split()
WORK_PLURALS = frozenset(
    "tracks songs singles hits albums films movies novels musicals operas soaps sitcoms dramas documentaries".split()
)
WORK_BEFORE = frozenset(WORK_KINDS) | WORK_PLURALS
"""Words right before a name that name a kind of work or a genre ("the track [Mosh]", "the film
[Vera Drake]", "the Robert de Niro thriller [Hideaway]", "the hit singles [Hysteria]"); not
"play" nor "show", which are other words too, nor "single" before an acronym ("a single
[EU]"); "feature" ("her debut feature [Salaam Bombay]"), "titled" and "entitled" too, and a memoir
("his autobiography [My Life]"; not "biography", which a person's name follows: "a biography of
[Howard Hughes]"); also a plural of them and "including" ("songs including [Back Stabbers]"), "rendition of", "starred
in", "remake of", "sequel to" and "adaptation of", and a kind of show ("chat show
[Parkinson]")."""
NOMINATED_PAIRS = frozenset({("nominated", "for"), ("shortlisted", "for")})
"""Words before a name that make it the work or the prize a person is nominated for ("Michael Gambon,
nominated for [Endgame]"; a work's "nomination for [Staunton]" names its actor), unless a plural names
the prizes or their ceremony ("nominated for [Oscars]")."""
SHOW_KINDS = """tv television talent hit music long-running puppet entertainment morning chat talk quiz comedy
    reality game breakfast""".split()
"""Words that make "show" or "shows" after them a programme ("long-running show [American Bandstand]",
"long-running shows [Will and Grace]"; not "polls show [Labour]", "the poster shows [Howard]", a verb, nor "car
show", a fair)."""
WORK_BEFORE_PAIRS = frozenset(
    {(kind, "including") for kind in WORK_BEFORE if kind.endswith("s")}
    | {("rendition", "of"), ("starred", "in"), ("starring", "in"), ("stars", "in"), ("star", "in")}
    | {("remake", "of"), ("sequel", "to"), ("adaptation", "of")}
    | {(kind, "show") for kind in SHOW_KINDS}
    | {(kind, "shows") for kind in SHOW_KINDS}
)
_WORK_AFTER_RE = re.compile(
    r",\s+(?:starring|directed\s+by)\s+[A-Z]|\s+(?:co-)?creators?\s+[A-Z]"
    r"|[\s-](?:nominations?|nominees?)\b|-(?:nominated|winning)\b|\s+winners?\s+[A-Z]|\s+\((?:19|20)\d\d\)"
    r"|,\s+which\s+(?:has\s+|had\s+)?sold\s+(?:(?:more\s+than|over|about|some|nearly|almost)\s+)?[\w.,]+\s+(?:million\s+)?"
    r"copies\b(?!\s+of)"
)
"""A title's cast, director or creator after it: "The Aviator, starring Leonardo DiCaprio",
"Phoenix Nights creator Peter Kay"; or an award's nominations or winners ("Oscar nominations",
"Grammy-winning", "Booker winner Alan Hollinghurst", "Pop Idol winner Michelle McManus"; not
"Staunton nominated", a person, nor "the Arsenal winner", a goal); or its year in brackets, as lists of films,
albums and books date them ("The Boxer (1998)"; not a life's years: "Van Gogh (1853-1890)"); or its copies sold
("Wolverton Mountain, which sold 10 million copies"; not a firm's units, nor "copies of" a thing it sold)."""


_ROLE_AFTER_RE = re.compile(
    r"(\s+(?:and|&)\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|in|on|a))*?)?"
    r"\s+(film-?makers?|actors?|actress(?:es)?|directors?|stars?|writers?|producers?)\s+(?:[A-Z]|d[aeiu]\s|van\s|von\s)"
)
"""A role in the making or the cast of a work and a person's name after a name ("[Friends] actor Matthew
Perry", "[Three Kings] film-maker David O Russell", "[Kill Bill] director Quentin Tarantino"), perhaps
after "and" and another title ("[Dogville] and Dancer In The Dark director Lars Von Trier")."""
CAST_ROLES = frozenset("film-maker film-makers filmmaker filmmakers actor actors actress actresses".split())
"""Roles only a work has (besides a place and a nationality: "Hollywood actor", "Welsh actress"): a name
the model calls a person, an organisation or a law is a title before them ("former [EastEnders] actress
Anita Dobson", "[Three Kings] film-maker David O Russell")."""
NO_ROLE_LABELS = frozenset({"GPE", "LOC"})
"""Place labels: a role after a name the model calls a place makes it a work only when the gazetteer
knows no such place and the name has two words or more ("[Holby City] actor Jeremy Edwards", "[Little
Britain] star Matt Lucas"; not "Hollywood actor", "Hong Kong director", nor a one-word place the
gazetteer misses: "Bollywood star"), and then whatever the role."""
ROLE_LABELS = frozenset({"PERSON", "NORP", "LAW", "FAC"})
"""Model labels of a name that a director, a star, a writer or a producer after it make a work's ("[Harry
Potter] director Alfonso Cuaron", "[Kill Bill] director", "[Dogville] and Dancer In The Dark director");
not an organisation's, whose directors and stars these are too ("Arsenal director Danny Fiszman",
"Westlife star Brian McFadden"), nor an event's or a product's ("Olympic star")."""
NATIONALITY_ENDINGS = ("an", "sh", "ese", "ch", "ss", "i")
"""Endings of nationality adjectives ("Korean", "Scottish", "Welsh", "Chinese", "Dutch", "Swiss",
"Pakistani"): a name the model calls a nationality that ends so is one before a role ("Swiss star
Federer")."""


def role_after(text: str, start: int, end: int, label: str, place: bool) -> bool:
    """A role in a work's making or cast and a person's name right after the name at [start, end), which
    the model labels ``label`` (``_ROLE_AFTER_RE``): a title's, unless the name is a place of the gazetteer
    (``place``), a one-word name the model calls a place (``NO_ROLE_LABELS``), a language or a nationality
    ("British actress"), or the role is one an organisation has too and the model calls the name one
    (``ROLE_LABELS``); a person's name before "and" and another title is the list's first item, no title
    (one word, or words opening with a given name: "critic [Roger Clarke] and Touching the Void director";
    not "[Only Fools] and Horses star David Jason", a title the model cut at its "and")."""
    m = _ROLE_AFTER_RE.match(text, end)
    if m is None or place or label == "LANGUAGE" or text[end - 1 : end].isupper():
        return False  # no role; "Hollywood star"; "NBA star", "BBC director": acronyms are bodies
    if label == "NORP" and text[max(0, end - 20) : end].rsplit(None, 1)[-1].lower().endswith(NATIONALITY_ENDINGS):
        return False
    if m.group(1) is not None and label == "PERSON" and _person_like(text[start:end]):
        return False  # "critic [Roger Clarke] and Touching the Void director Kevin McDonald": a list
    if label in NO_ROLE_LABELS:
        return " " in text[start:end]  # "[Holby City] actor" (not "Hollyvood actor", a misspelt place)
    return m.group(2) in CAST_ROLES or label in ROLE_LABELS


def _person_like(name: str) -> bool:
    """One word, or words opening with a given name ("Clarke", "Roger Clarke"; not "Only Fools")."""
    words = name.split()
    return len(words) < 2 or match_key(words[0]) in given_names()


SUCH_AS_PLURALS = WORK_PLURALS | frozenset("shows programmes books".split())
"""Plural kinds of work before "such as" that make the name after it a work ("TV shows such as
[Battlestar Galactica]", "films such as [Starship Troopers]"); not "games", which are products
(:mod:`product_phrases`)."""
SUCH_AS_RE = re.compile(r"\b([a-z]+)\s+such\s+as\s+$")
"""A plural noun and "such as" right before a name (its kind: ``group(1)``)."""
_COMMA_SUCH_AS_RE = re.compile(r"(?<![\w'’-])((?:[a-z][a-z'’-]*\s+){0,4}[a-z][a-z'’-]*),\s+such\s+as\s+$")
"""Up to five lower-case words, a comma and "such as" right before a name ("games on the market, such
as [Civilisation]", "documentaries to air, such as [The Leonard Cohen Story]"): the kind may be any of
them."""
SUCH_AS_WINDOW = 70
"""Characters before a name read for "such as" and its kind."""


def such_as_kinds(text: str, start: int) -> tuple[str, ...]:
    """The words that may name the kind of the name starting at ``start`` after "such as": the plural
    noun right before it ("TV shows such as [Battlestar Galactica]"), else the lower-case words before
    a comma and it ("there are games on the market, such as [Civilisation]"); none without "such as"."""
    if not text.endswith("as ", 0, start):
        return ()
    if m := SUCH_AS_RE.search(text, max(0, start - CONTEXT_CHARS), start):
        return (m.group(1),)
    m = _COMMA_SUCH_AS_RE.search(text, max(0, start - SUCH_AS_WINDOW), start)
    return tuple(m.group(1).split()) if m else ()


HIT_NOUN_BEFORE = frozenset(
    """the a his her their its for with smash chart big biggest latest surprise huge massive recent debut first
    television tv stage horror cult critical country pop dance rock comedy five ten one office box-office""".split()
)
"""Words before "hit" that make it a noun, the name after it a song's or a film's ("for hit [Hey Ya]",
"the smash hit [Shrek]"), and a medium, a genre or a chart place ("the television hit [Desperate
Housewives]", "the cult hit [Little Britain]", "top five hit [Money]", "box office hit"); not a name or
a noun, which make "hit" a verb ("the storm hit [London]", "losses hit [GM]"); a year or a decade makes it a
noun too ("the 2002 hit [About Schmidt]", "Martika's 1980s hit [Toy Soldiers]", ``_YEAR_RE``)."""
_YEAR_RE = re.compile(r"(?:19|20)\d\d(?:['’]?s)?")
WORK_AFTER = frozenset(
    "film films movie movies series programme programmes show shows sitcom soap franchise trilogy".split()
)
"""Lower-case kinds of work after "the" and a name that make the name a title ("the [Ground Force]
programme", "the [Shrek] films"); the label cues ask it of a name the model calls a person only
when it is no person's surname nor opens with a given name ("the Spielberg film"); not "musical" nor
"album", which follow bands ("the Abba musical")."""
_KIND_AFTER_RE = re.compile(r"\s+(" + "|".join(sorted(WORK_AFTER)) + r")\b")
CONTEXT_CHARS = 30
"""Characters before a name read for "such as"."""


def kind_after(text: str, start: int, end: int) -> bool:
    """ "The", the name at [start, end) and a kind of work ("the [Shrek] films"; not a possessive)."""
    return text[max(0, start - 4) : start] in ("the ", "The ") and _KIND_AFTER_RE.match(text, end) is not None


def _work_before(text: str, start: int, before: list[str]) -> bool:
    """A kind of work and a title's capitalised "The" ("family comedy The [Pacifier]"), a plural kind
    and "such as" ("TV shows such as [Battlestar Galactica]") or a noun "hit" before the name."""
    if before[-2:-1] and before[-1] == "the" and text.endswith("The ", 0, start) and before[-2] in WORK_BEFORE:
        return True
    if before[-1] == "hit":
        return len(before) > 1 and (before[-2] in HIT_NOUN_BEFORE or _YEAR_RE.fullmatch(before[-2]) is not None)
    if before[-1] == "as":
        return any(kind in SUCH_AS_PLURALS for kind in such_as_kinds(text, start))
    return False


POSSESSED_KINDS = frozenset("book show play".split())
"""Kinds of work that are other words too ("book a flight", "polls show", "play Arsenal") but name a
work after a possessive ("her book [Small Island]", "Evans's show [TFI Friday]")."""
_OWNER_RE = re.compile(r"(?:his|her|their|[A-Z][\w.-]*(?:['’]s|s['’]))$")


NOT_SHOW_NOUNS = frozenset(
    "they we you i which that who these those figures results polls data statistics surveys".split()
)
"""Words before "show" that make it a verb ("they show", "data show"; plurals ending in "s" are left out
anyway)."""


_AND_NAME_AFTER_RE = re.compile(r"\s+(?:and|&)\s+[A-Z]")


def show_before(text: str, end: int, before: list[str]) -> bool:
    """A noun and "show" right before the name ending at ``end`` ("archive show [TOTP2]", "the
    children's show [Fat Albert]", "boxing show [The Next Great Champ]"); not a verb "show" after a
    plural, a pronoun or a modal ("polls show [Labour]", "they show [Blair]", "will show [Ray]"), nor a
    name that "and" and another name follow, a presenter's in the show's title ("the night show
    [Bethan] and Huw")."""
    if len(before) < 2 or before[-1] != "show" or _AND_NAME_AFTER_RE.match(text, end):
        return False
    noun = before[-2]
    if noun.endswith(("'s", "’s")):
        return True
    return noun.isalpha() and not noun.endswith("s") and noun not in VERB_MARKERS and noun not in NOT_SHOW_NOUNS


def possessed_kind(text: str, start: int, before: list[str]) -> bool:
    """A possessive and a kind of work of ``POSSESSED_KINDS`` right before the name ("her book [Small
    Island]", "Levy's book [Small Island]")."""
    if len(before) < 2 or before[-1] not in POSSESSED_KINDS:
        return False
    words = text[max(0, start - CONTEXT_CHARS) : start].split()
    return len(words) >= 2 and _OWNER_RE.fullmatch(words[-2]) is not None


EPISODE_PAIRS = frozenset({("episode", "of"), ("episodes", "of")} | {(kind, "called") for kind in WORK_KINDS})
"""Words before a name that make it a series' or a work's title ("thirteen episodes of [Comeback] have
been", "a song called [Judge Y'Self]"), unless a medium or a kind of work follows it (``MAKER_NOUNS_AFTER``)."""
MAKER_NOUNS_AFTER = frozenset("television tv radio sketch series programme show sitcom drama comedy soap".split())
"""Lower-case words after a name that make it the channel or the maker of a series named after them ("an
episode of [US] television series CSI", "the final episode of [BBC] sketch programme The Fast Show")."""
_NEXT_WORD_RE = re.compile(r"\s+([a-z]+)")
_BEST_FOR_RE = re.compile(
    r"\b[Bb]est\s+(?:[\w&/-]+\s+){0,4}?(?:song|single|album|video|film|comedy|drama|screenplay|feature|musical"
    r"|play|show|series|programme|documentary|sitcom|soundtrack)\s+(?:(?:award|prize|trophy|nomination)\s+)?"
    r"for\s+(?:The\s+)?$"
)
"""An award's category that names a kind of work and "for" before a name ("best male R&B-soul single for
[Confessions Part II]", "the best original song award for [Old Habits Die Hard]", "best first feature for
[Garden State]"); not a performer's category, which names people too ("best actor for [Jamie Foxx]")."""
FILM_AWARD_KINDS = r"(?:film|movie|drama|comedy|screenplay|documentary|feature|musical|play|sitcom|novel|book)"
"""Kinds of work an award's category names that only works win (not "album", "single" nor "song",
which bands win: "[Keane] picked up the best album award")."""
_WON_FILM_AWARD_RE = re.compile(
    r"['’]?\s+(?:picked\s+up|won|wins|scooped|took|collected|claimed|was\s+named|was\s+crowned)\s+(?:the\s+)?"
    r"(?:award\s+for\s+)?best\s+(?:[\w&/-]+\s+){0,3}?" + FILM_AWARD_KINDS + r"\b"
)
"""A film award's category won right after a name ("[Vera Drake] picked up the best film award", "[Ray]
won best British film")."""
_NOMINEES_BEFORE_RE = re.compile(
    r"\b(?:running|nominated|nominees|contenders|shortlisted|up)\s+for\s+(?:the\s+)?best\s+(?:[\w&/-]+\s+){0,3}?"
    + FILM_AWARD_KINDS
    + r"\s+(?:(?:award|prize)\s+)?(?:are|were|is|was|include|includes)\s+(?:The\s+)?$"
)
"""A film award's nominees before a name ("in the running for best film are [My Summer of Love]")."""
_ACTING_ROLE_RE = re.compile(
    r"\b(?:actor|actress|actors|actresses|performance|performer|supporting)\b[^.;]{0,50}?"
    r"\bfor\s+(?:his|her|their)\s+(?:[\w-]+\s+)?role\s+in\s+(?:The\s+)?$"
)
"""An acting award's role before a name ("crowned best actor for his role in [Dead Man's Shoes]";
not "jailed for his role in [Enron]", a firm's)."""
AWARD_WINDOW = 90
"""Characters before a name read for an award's nominees or an acting role."""


_CATEGORY_BEFORE_RE = re.compile(
    r"\b" + FILM_AWARD_KINDS + r"\s+(?:(?:award|prize)\s+went\s+to|nominations?\s+for)\s+(?:The\s+)?$"
)
"""A film award's category given or nominated before a name ("the original screenplay prize went to
[Eternal Sunshine of the Spotless Mind]", "best film nominations for [Sideways]")."""
_AWARD_FOR_RE = re.compile(
    r"\b(?:won|wins|winning|scooped|collected|received|picked\s+up)\s+(?:[\w-]+\s+){0,3}?awards?\s+for\s+(?:The\s+)?$"
)
"""Awards won for a name ("won numerous awards for [Little Britain]", "won the design award for [Suddenly
Last Summer]"): a work's; not a possessive ("a penalty award for [United]'s first goal")."""
_SERIES_OF_RE = re.compile(
    r"\b(?:current|new|latest|next|last|first|second|third|fourth|fifth|sixth|final)\s+series\s+of\s+(?:The\s+)?$"
)
"""A programme's series by its number or its age before a name ("the latest series of [Little Britain]",
"the current series of [Celebrity Big Brother]"); not a medium after the name ("the new series of [US]
drama 24") nor a noun ("a series of Premiership games")."""


AWARD_LAST_WORDS = frozenset("are were is was include includes in for to of".split())
"""The words the tests of :func:`film_award` before a name end in (before a title's "The")."""
_LAST_WORD_RE = re.compile(r"([a-z]+)\s+(?:The\s+)?$")


def film_award(text: str, start: int, end: int) -> bool:
    """A film award's category won after the name, its nominees, an acting award's role, awards won for
    it, a category given to it or a programme's series before it (``_WON_FILM_AWARD_RE``,
    ``_NOMINEES_BEFORE_RE``, ``_ACTING_ROLE_RE``, ``_AWARD_FOR_RE``, ``_CATEGORY_BEFORE_RE``,
    ``_SERIES_OF_RE``)."""
    if _WON_FILM_AWARD_RE.match(text, end):
        return True
    if not text.endswith(" ", 0, start):
        return False
    last = _LAST_WORD_RE.search(text, max(0, start - 16), start)
    if last is None or last.group(1) not in AWARD_LAST_WORDS:
        return False  # what every test below ends in, read first: most names have none of them
    lo = max(0, start - AWARD_WINDOW)
    if _NOMINEES_BEFORE_RE.search(text, lo, start) or _ACTING_ROLE_RE.search(text, lo, start):
        return True
    if _AWARD_FOR_RE.search(text, lo, start) or _CATEGORY_BEFORE_RE.search(text, lo, start):
        return True
    return _SERIES_OF_RE.search(text, lo, start) is not None and not _maker_after(text, start, end)


def _maker_after(text: str, start: int, end: int) -> bool:
    """The name at [start, end) makes what follows it: an acronym (a channel's or a country's), a possessive,
    or a medium or a kind of work after it ("the new series of [US] drama 24"; not "the current series of
    [Celebrity Big Brother] ends", a verb)."""
    if text[start:end].isupper() or text[end : end + 1] in ("'", "’"):
        return True
    after = _NEXT_WORD_RE.match(text, end)
    return after is not None and after.group(1) in MAKER_NOUNS_AFTER


_SEQUEL_RE = re.compile(r"\s(?:Part|Volume|Vol\.?|Episode)\s+(?:[IVX]+|\d{1,2})$")
"""A part's or a volume's number closing a name ("[Confessions Part II]", "[Star Wars Episode I]",
"[Kill Bill Volume 2]"): a sequel's or an instalment's title."""


def _titled_instalment(text: str, start: int, end: int, before: list[str]) -> bool:
    """An award's category for a kind of work before the name (``_BEST_FOR_RE``), an instalment's number
    closing it (``_SEQUEL_RE``), or "episodes of" or a kind of work and "called" before it and no
    medium or kind of work after it (``EPISODE_PAIRS``)."""
    if before[-1:] in (["for"], ["the"]) and _BEST_FOR_RE.search(text, max(0, start - 60), start):
        return True
    if _SEQUEL_RE.search(text, start, end):
        return True
    if tuple(before) not in EPISODE_PAIRS:
        return False
    after = _NEXT_WORD_RE.match(text, end)
    return after is None or after.group(1) not in MAKER_NOUNS_AFTER


VERB_MARKERS = frozenset("will would could can may might must shall to also not never did does do".split())
"""Words that make the kind of work after them a verb ("the story will also feature [Dan Ashcroft]",
"plans to film [Dublin]"): no title follows."""


APPOSED_DETERMINERS = r"(?:(?i:the|a|an|his|her|their|its|our|my|your)|[A-Z][\w-]*(?:['’]s|s['’]))"
"""What opens the noun phrase of a kind before a name in apposition ("his debut album, [X],", "Will
Smith's first romantic comedy, [Hitch],")."""
_APPOSED_BEFORE_RE = re.compile(
    r"(?<![\w'’])(\w+\s+)?"
    + APPOSED_DETERMINERS
    + r"\s+(?:(?!(?:the|a|an|of|for|in|on|at|with|to|from|by)\s)[\w'’-]+\s+){0,3}?([a-z]+),\s+(?:The\s+)?$"
)
CLAUSE_PREPOSITIONS = frozenset("in on of for from with at by to after during about into".split())
"""Words before the noun phrase that make it an adverbial or a complement, not a subject in
apposition ("In his latest film, [Depp], who ...", "the director of the film, [Vinod Pande],")."""
_APPOSITION_END_RE = re.compile(r"\s*(?:[,.;:)]|\(|$)")


def apposed_kind(text: str, start: int, end: int, kinds: frozenset[str]) -> bool:
    """One of ``kinds`` heads a noun phrase and a comma right before the name at [start, end), which a
    comma, a full stop or a bracket closes: the name is in apposition to it, a thing of that kind
    ("his debut album, [Get Rich And Die Tryin'], narrowly missed", "BT's own engine, [Tara] (Total
    ...)"); after a preposition only when a full stop closes the name ("recorded much of his last
    album, [Genius Loves Company]."; not "In the film, [Depp], who ...", "the director of the film,
    [Vinod Pande], says"); not before a verb ("the best comedy, [Walliams] said")."""
    if not (text.endswith(", ", 0, start) or text.endswith(", The ", 0, start)):
        return False  # the comma before the name, tested first: most names have none
    m = _APPOSED_BEFORE_RE.search(text, max(0, start - CONTEXT_CHARS - 30), start)
    if m is None or m.group(2) not in kinds:
        return False
    close = _APPOSITION_END_RE.match(text, end)
    if close is None:
        return False
    if m.group(1) is not None and m.group(1).strip().lower() in CLAUSE_PREPOSITIONS:
        return close.group().strip() in (".", ";")
    return True


_POSSESSIVE_RE = re.compile(r"(?<![\w'’])[A-Z][\w.-]*(?:['’]s|s['’])\s+$")


_YEARS_BEFORE_RE = re.compile(r"(?<![\w'’])(?:19|20)\d\d['’]s\s+(?:The\s+)?$")
"""A year's possessive before a name ("films including 1989's [Shirley Valentine]", "1995's [Lion King]",
"their first hit was 1972's [Virginia Plain]"): lists of films, songs and books date their titles so."""


def years_possessive(text: str, start: int) -> bool:
    """A year's possessive right before the name starting at ``start`` (``_YEARS_BEFORE_RE``)."""
    return _YEARS_BEFORE_RE.search(text, max(0, start - 12), start) is not None


def possessive_the(text: str, start: int, end: int) -> bool:
    """A name's possessive and a title's capitalised "The" before the name at [start, end) ("Martin
    Scorsese's The [Aviator]", "Alice Sebold's [The Lovely Bones]"): its author's or maker's work; not
    a newspaper's name ("Murdoch's The Sun", ``PAPER_WORDS``)."""
    if text.startswith("The ", start):
        the = start
    elif text.endswith("The ", 0, start):
        the = start - 4
    else:
        return False
    if text[start:end].rsplit(None, 1)[-1].lower() in PAPER_WORDS:
        return False
    return _POSSESSIVE_RE.search(text, max(0, the - CONTEXT_CHARS), the) is not None


APPOSED_WORK_KINDS = frozenset(
    """album single film movie novel book song play musical sitcom documentary comedy drama thriller series show
    programme sequel remake biopic cover duet hit track ballad anthem opera""".split()
)
"""Kinds of work a title stands in apposition to ("her latest movie, [Eucalyptus],", "the 1981 John Lennon
cover, [Jealous Guy]."); not "debut" ("within two years of his debut, [Dallaglio] was")."""


OWNED_WORK_KINDS = frozenset(
    "album single song track film movie novel book musical sitcom documentary series programme".split()
)
"""Kinds of work after a name that a possessive opens that make it the owner's work ("Eminem's [Encore]
album", "Mike Leigh's [Vera Drake] film"); singular only (a studio's films: "Disney's [Pixar] films"),
and not before a title ("Disney's [Pixar] film Toy Story")."""
_OWNED_KIND_AFTER_RE = re.compile(r"\s+(" + "|".join(sorted(OWNED_WORK_KINDS)) + r")\b(?!\s+[A-Z])")


def owned_work(text: str, start: int, end: int) -> bool:
    """A possessive before the name at [start, end) and a kind of work after it (``OWNED_WORK_KINDS``)."""
    return (
        _OWNED_KIND_AFTER_RE.match(text, end) is not None
        and _POSSESSIVE_RE.search(text, max(0, start - CONTEXT_CHARS), start) is not None
    )


def names_a_work(text: str, start: int, end: int, before: list[str]) -> bool:
    """The words around the name at [start, end) (``before``: the lower-cased words before it)
    make it a work's title (see the module docstring); not a possessive, which names the work's
    author ("a remake of [Roald Dahl's] classic")."""
    if text[end - 2 : end] in ("'s", "’s") or text[end : end + 2] in ("'s", "’s"):
        return False
    if before and _work_before(text, start, before):
        return True
    if owned_work(text, start, end):
        return True  # "Eminem's [Encore] album"
    if apposed_kind(text, start, end, APPOSED_WORK_KINDS) or possessive_the(text, start, end):
        return True  # "his debut album, [Get Rich And Die Tryin'],", "Martin Scorsese's The [Aviator]"
    if years_possessive(text, start) or _titled_instalment(text, start, end, before):
        return True  # "1989's [Shirley Valentine]", "best single for [Confessions Part II]"
    if possessed_kind(text, start, before) or show_before(text, end, before) or film_award(text, start, end):
        return True  # "her book [Small Island]", "[Vera Drake] picked up the best film award"
    if before and before[-1] == "single" and not text[end - 1 : end].isupper():
        return True  # "their recent single [Vertigo]" (not "a single [HSDPA] device")
    if tuple(before) in NOMINATED_PAIRS and not text[start:end].endswith("s"):
        return True  # "nominated for [Endgame]"
    if before and (before[-1] in WORK_BEFORE or tuple(before) in WORK_BEFORE_PAIRS):
        return before[0] not in VERB_MARKERS or len(before) < 2
    return _WORK_AFTER_RE.match(text, end) is not None


_BROADCASTER_BEFORE_RE = re.compile(
    r"\b(?:BBC(?: One| Two| Three| Four| Radio \d| World Service| News 24| Radio Scotland| Radio Wales)?|ITV\d?|"
    r"Channel (?:4|Five)|Sky(?: One)?|E4|MTV|HBO|CBS|NBC|World Service|(?:Radio )?Five Live|Radio \d)['’]s (?:The )?$"
)
"""A broadcaster's possessive right before a name ("ITV's [Celebrity Fit Club]", "BBC Two's [The
Catherine Tate Show]", "BBC World Service's [Masterpiece]")."""
BROADCASTER_WINDOW = 30
"""Characters before a name read for a broadcaster's possessive."""


WORK_HEADS = frozenset(
    """film movie album song single track novel book drama comedy documentary sitcom series show play musical
    thriller opera programme soap biopic sequel cartoon adaptation remake""".split()
)
"""Head nouns of an apposition after a name that make it a work's title ("[Vera Drake], a drama about
...", "[Hopes and Fears], the band's debut album,", "[Archangel], an adaptation of the Robert Harris
best-seller,")."""
APPOSITION_GAP = r"(?:(?!(?:of|for|at|with|to|in|on|from|by|behind|about|like|into|over)\s)[\w'’-]+\s+){0,5}?"
"""Up to five words between an apposition's article and its head, none a preposition ("Paramount
Pictures, the studio behind the film," is headed by "studio")."""
ONLINE_WORDS = frozenset("web online internet photo".split())
"""Words in an apposition that make its kind a website's or a tool's, not a work's ("[Flickr], a web
photo album which ...")."""
_APPOSITION_RE = re.compile(
    r",\s+(?:the|a|an|his|her|their|[A-Z][\w-]*(?:['’]s|s['’]))\s+"
    + APPOSITION_GAP
    + "(?:"
    + "|".join(sorted(WORK_HEADS))
    + r")(?=[,.;:)]|\s+(?:which|that|about|based|set|starring|written|directed|featuring|of)\b)"
)


def work_apposition(text: str, end: int) -> bool:
    """An apposition whose head names a kind of work right after the name ending at ``end``
    ("[Vera Drake], a drama about a backstreet abortionist", "[Hopes and Fears], the band's debut
    album,", "[Small Island], Levy's fourth novel,"; not "Mr Leigh, the film's director,", whose head
    is a person's role)."""
    m = _APPOSITION_RE.match(text, end)
    return m is not None and not ONLINE_WORDS.intersection(m.group().lower().split())


PERFORMANCE_VERBS = frozenset(
    "appear appears appeared appearing return returns returned returning star stars starred starring roles".split()
)
PAPER_WORDS = frozenset(
    """times guardian independent telegraph mirror sun observer journal post herald mail express economist
    record scotsman news star""".split()
)
"""Last words of a newspaper's name ("appeared in The Times"): a paper is an organisation."""
_PERFORMANCE_RE = re.compile(r"\b([a-z]+)\s+(?:[a-z]+\s+){0,3}?in\s+(?:The\s+)?$")


_PLAYED_IN_RE = re.compile(
    r"\b(?:(?:appear|appears|appeared|appearing|starred|roles|cameo)|(?:supporting|lead|leading|starring|title|acting"
    r"|screen|stage|debut|cameo)\s+role)\s+in\s+$"
)
"""A performance right before a title: "appeared in [Brookside]", "his supporting role in [Closer]",
"roles in [I Heart Huckabees]"; not "his role in [Enron]", which a firm's boss has."""
_WORD_AFTER_RE = re.compile(r"['’]|\s+([a-z]+)")
FUNCTION_WORDS_AFTER = frozenset(
    "and or in on at as with for from since until which who that when where was is".split()
)
"""Lower-case words after a title that are no noun ("appeared in [Brookside] and ...")."""


def _noun_or_possessive_after(text: str, end: int) -> bool:
    m = _WORD_AFTER_RE.match(text, end)
    return m is not None and m.group(1) not in FUNCTION_WORDS_AFTER


def performed_in(text: str, start: int, end: int) -> bool:
    """A performance verb, up to three lower-case words and "in" before a name that opens with
    "The" ("will return later this year in [The Two Ronnies Sketchbook]", "roles in The
    [Basketball Diaries]"), or an appearance or a role right before any name ("appeared in
    [Brookside]", "the lead role in [Deadwood]"): a programme's, a film's or a play's title;
    not a newspaper's ("appeared in The Times"), nor one a noun or a possessive follows, which
    names the place or the firm of a thing ("appeared in Hollywood movies", "her role in
    Labour's campaign"). The caller leaves out the gazetteer's places ("appeared in London")."""
    if _noun_or_possessive_after(text, end) or text[end - 2 : end] in ("'s", "’s"):
        return False
    opens_the = text.startswith("The ", start) or text.endswith("The ", 0, start)
    if not opens_the:
        return _PLAYED_IN_RE.search(text, max(0, start - BROADCASTER_WINDOW), start) is not None
    if text[start:end].rsplit(None, 1)[-1].lower() in PAPER_WORDS:
        return False
    m = _PERFORMANCE_RE.search(text, max(0, start - BROADCASTER_WINDOW - 20), start)
    return m is not None and m.group(1) in PERFORMANCE_VERBS


def after_a_broadcaster(text: str, start: int) -> bool:
    """A broadcaster's possessive stands right before the name starting at ``start``: unless the
    name is a person's ("BBC's [Jeremy Vine]"), it is a programme's."""
    return _BROADCASTER_BEFORE_RE.search(text, max(0, start - BROADCASTER_WINDOW), start) is not None
