"""Word lists and labels shared by the text stages (ingest cleaning, entities): each written
once here, so that two modules never keep their own copy under one name."""

from __future__ import annotations

ENTITY_LABELS = (
    "PERSON",
    "ORG",
    "GPE",
    "LOC",
    "NORP",
    "FAC",
    "EVENT",
    "PRODUCT",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
)
"""spaCy labels of things with names, in the order that breaks ties of a label vote; numbers,
dates and money are left to their own extractors."""
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

HONORIFICS = frozenset("mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend hon mme mlle herr".split())
"""Honorifics before a person's name (as match keys)."""

SURNAME_HONORIFICS = frozenset("mr mrs ms miss mx dr prof professor mme mlle herr".split())
"""Honorifics that stand before a surname ("Mr Howard"), unlike "Sir" or "Lady" before a first name."""

TITLE_WORDS = frozenset(
    """president presidentelect vice prime minister ministers pm chancellor secretary general gen
    colonel col captain capt lieutenant lt sergeant sgt senator sen rep representative congressman
    congresswoman governor gov mayor judge justice archbishop bishop cardinal chief commissioner
    ambassador coach manager chairman chairwoman spokesman spokeswoman spokesperson foreign home
    defence defense deputy shadow acting former ex state treasury attorney detective inspector
    officer constable superintendent supt det insp agent skipper boss ceo executive director
    chair leader speaker premier envoy minister commander admiral marshal corporal private
    secretarygeneral mp mep senior junior interior economy finance health education culture
    trade industry transport environment justice labour work pensions culture media sport
    of and for the""".split()
)
"""Words that make up role titles before a name ("Foreign Secretary James Cleverly",
"Secretary-General Jens Stoltenberg"), as match keys."""
TITLE_CONNECTORS = frozenset("of and for the".split())
"""Title words that join a title only after another title word ("Secretary of State for ...")."""
ACRONYM_FUNCTION_WORDS = frozenset("of the and for in on de du des la le to".split())
"""Words an acronym may skip ("Department for Transport" → "DfT" as "dt")."""
NAME_SUFFIXES = frozenset({"jr", "sr", "junior", "snr", "jnr"})

LEGAL_FORMS = frozenset("plc ltd limited inc incorporated corp corporation co llc llp ag gmbh sa nv bv".split())
"""Legal-form words that end a company's name ("Diageo plc", "Toyota Motor Sales, U.S.A. Inc"), as match keys."""

BYLINE_ROLE_WORDS = frozenset(
    """correspondent editor reporter writer staff contributor columnist analyst producer presenter
    journalist team desk senior chief deputy special freelance""".split()
)
"""Words that make a byline's part a journalist's role ("political correspondent")."""

NAME_PARTICLES = frozenset("de da del della der den di du dos el al bin ibn la le van von ter st st.".split())
"""Lower-case particles inside personal names ("Ursula von der Leyen", "Luiz Inácio da Silva")."""

SENTENCE_OPENERS = frozenset(
    """the a an it he she they we i you this that these those there then but and or so yet however
    besides meanwhile also still now later earlier after before when while if although though since
    in on at for with by from as his her their its our my some many most all both each another such
    despite instead indeed even only just last next""".split()
)
"""Words that open sentences and no names ("Malcolm X. Besides Dee", "Warner Bros. However")."""

PERSON_BEFORE = HONORIFICS | frozenset(
    """actor actress singer author writer novelist director producer presenter comedian artist
    striker midfielder defender goalkeeper winger captain skipper coach manager chairman chairwoman
    president senator minister spokesman spokeswoman economist analyst professor
    wife husband son daughter brother sister father mother girlfriend boyfriend widow
    star superstar rapper rocker musician guitarist drummer bassist pianist songwriter composer
    frontman frontwoman vocalist dj supermodel designer legend hero heroine villain""".split()
)
"""Words right before a name, outside the model's span, that only people have ("Mr [Camus]",
"director [Tim Burton]", "his wife [Tatiana]", "rapper [DMX]", "Hollywood star [Clint
Eastwood]", "the story's hero [Arthur Dent]"); written capitalised or not, with or without a
full stop, alone or ending a hyphenated word ("singer-songwriter [Gram Parsons]")."""

PHOTO_AGENCIES = (
    r"AFP|AP|Associated\s+Press|Reuters|REUTERS|Getty(?:\s+Images)?|EPA(?:-EFE)?|PA(?:\s+Media|\s+Wire)?|"
    r"Shutterstock|Bloomberg|Alamy|Xinhua|ANSA|dpa|SOPA\s+Images|NurPhoto|Anadolu(?:\s+Agency)?|"
    r"LightRocket|Sipa(?:\s+USA)?|WireImage|TASS|Sputnik|UPI|Rex\s+Features|iStock"
)
"""Agencies and picture desks whose names end a photo credit (a regular expression alternation)."""
PHOTO_CREDIT_WORDS = r"photo|image|picture|credit|source"
"""Words that open a photo credit ("Photo: AP", "(image: Reuters)")."""

FIGURE_ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec avg revs rev shr shrs oper qtr mths yr net".split()
)
"""Abbreviations of wire copy's tables of figures ("Revs 62.9 mln", "Avg shrs", "Feb 61.5, Mar 25.1")
that the model sometimes takes for names (as match keys)."""
