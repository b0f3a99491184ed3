"""Label cues: what the words around a mention say about the kind of thing it names, for the
label vote (:mod:`pipelines.entities.labels`). The small model gives one name one wrong label
again and again (a firm called a person, a club a person, an actor an organisation); the text
around it often says better:

* an organisation (:mod:`org_words`): a word after it that only firms and teams have ("Yukos shares", "Yukos chief
  executive", "Munster lock", "Arsenal FC"), a word before it that names a kind of firm or club
  ("oil giant Yukos", "shares in Glaxo", "the drugs firm Glanzo"; not "maker" nor "broadcaster",
  which stand before people too), a club in brackets after a
  player in a line-up ("A Foley (Munster)"; not a given name and a surname, a cast member's:
  "Buck (Gil Gerard)"; not a nominee's work in a sentence about an award, :mod:`nominee_works`:
  "Stanley Townsend (Shining City)"), or a one-word "person" between a determiner and a
  lower-case noun ("the Yukos case", "the Munster man"; not "the Irish team": an adjective, nor
  a place of the gazetteer: "the Devon countryside");
* a person (:mod:`person_phrases`): an apposition naming a person or a relative ("Rinat
  Akhmetov, the country's richest man,"), a relative's name set off by commas ("His mother,
  [Giselle], said"), or an age between commas ("Lana Brill, 34, said"); not
  a relative "who", which British English gives bands, clubs and firms too ("Radiohead, who");
* a person: a title of nobility and "of" ("Prince of Wales"), or an honorific or a person's role
  right before the name, outside the model's span
  ("Mr [Camus]", "Sir [Andrew Green]", "director [Tim Burton]", "rapper [DMX]");
* an organisation: a research firm's or a paper's kind or a role at it before it ("analysts
  [Datamonitor]", "economist at [Global Insight]", "editor of [Mac Format]"), a survey or a poll and
  "by" ("a survey by [Mediametrie]", :mod:`org_words`), or its analyst or "magazine" after it ("Jupiter
  analyst", "Mac Format magazine");
* a person: a full name opening with a first name of the corpus (a word that opens many more of
  its full person names than it ends: "Alistair Cragg" tagged ORG, where "Alistair" opens
  "Alistair Darling" and "Alistair Campbell") or a given name of :mod:`given_names` that the
  corpus does not write in lower case ("Anand Jain"), or with an initial ("N Speaight", as
  line-ups and results write people), votes PERSON as much as the model's label;
* an organisation: a name right after a person's and "of" ("Tim Daly of [Michael Foods]"), unless
  the gazetteer knows it as a place ("Irakli Labadze of Georgia");
* a nationality: a word made of a nationality the model names elsewhere and "man" or "woman"
  ("Frenchman");
* a work (:mod:`work_phrases`): a word before it that names a kind of work or a genre ("the
  track [Mosh]", "the film [Vera Drake]", "thriller [Creep]"), "starred in" before it, or its
  cast, director or creator after it ("The Aviator, starring ...", "Phoenix Nights creator Peter Kay"),
  an apposition naming a kind of work ("Vera Drake, a drama about ..."), or a performance verb and
  "in" before a title opening with "The" ("return later this year in The Two Ronnies Sketchbook"), or
  a nominee's name and "for" before it in a sentence about an award ("Michel Gondry for Eternal
  Sunshine of the Spotless Mind", :mod:`nominee_works`), or a sequel's number in an article about films
  ("Spider-Man 2", :mod:`sequel_titles`), or a win over rivals to a work's award ("[Amadeus] beat [The
  Killing Fields] ... to best picture", :mod:`award_rivals`);
* a product: an apposition naming a kind of game, software or device ("Spybot, a free program,"),
  or "games" or "programs such as" before it;
* an organisation: an apposition naming a kind of firm or a possessive and a word only firms have
  (:mod:`firm_phrases`: "Diageo, the world's biggest spirits company,", "Diageo's brands");
* an organisation (:mod:`firm_marks`): a charity's body word ending a name tagged PERSON ("Christian
  Aid"), a stock ticker after it ("Atlas Copco <ASTS ST>"), an issue's lead manager or underwriters
  before it ("lead manager [Swiss Volksbank] said"), or a fixture's "v" by it ("Charlton v [Yeovil]");
* a person: a player in a substitutes list or a substitution (:mod:`lineups`: "Subs Not Used:
  Jaidi, [Poole]", "[Skivington] for Shaw (71)");
* a place: a comma and a county or state after it, not after a person's or a building's name (:mod:`place_phrases`:
  "from [Camberley], Surrey,"), a wire dateline's town or state ("[DETROIT], March 5 -", "STAMFORD,
  [Conn]., March 4 -") or a state's abbreviation after a town ("Gilman, [Conn]., with"); a member of a
  parliament's word after a town or a constituency
  (:mod:`constituencies`: "the [Salford] MP");
* a location or a building: a landform's or a building's word after it, or its plural after a list
  of names (:mod:`place_phrases`: "the Kalahari desert", "at Heathrow and [Gatwick] airports"); a
  product (:mod:`product_phrases`): a kind of device or software after it, or "makes" or "the drug"
  before it ("a new Clio model");
* a language: a language's name (:mod:`nationalities`) after "in" or "speak" with no noun after
  it, or before "-language" ("shot in [Hindi] and English");
* a team, band or firm: a name opening a clause before "are", "were" or "have" ("Blackburn have");
* a team: a football score or a fixture's words by it (:mod:`fixtures`: "2-1 [Bolton]", "home to [Bolton]");
* a player, in a sport article: a play's noun and "from", a goal's verb and "through", or a side's
  name and a position before it (:mod:`fixtures`: "a header from [Kemadjou]", "took the lead
  through [Kemadjou]", "Liverpool forward [Milan Baros]"), no place of the gazetteer;
* a ground: a name the corpus plays matches at and never names as a side (:mod:`grounds`: "a draw
  at [Anfield]", "[Anfield] boss");
* the names listed with it ("Will Smith, Kevin Spacey and Keanu Reeves"): each neighbour in the
  list votes its own label at a small weight, and a full name between two people's full names votes
  PERSON (:mod:`person_lists`: "Mulugeta Wondimu, [Abiyote Abate] and Markos Geneti"); a plural
  kind of work or role before the list names every item (:mod:`list_kinds`: "films including Raging
  Bull, Goodfellas and Gangs of New York"), and a name alone in a list of works whose other titles
  the model missed ("films were Hobson's Choice, [Dirty Harry], The 39 Steps").

Each test looks at a few characters on either side of the mention, so the pass is linear."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from pipelines.entities import gazetteer
from pipelines.entities.award_rivals import rival_works
from pipelines.entities.bills import names_a_law
from pipelines.entities.club_cues import sport_article
from pipelines.entities.common_titles import TITLE_WEIGHT, common_word_titles, title_candidates, title_words
from pipelines.entities.constituencies import member_after
from pipelines.entities.country_possessives import OWNED_LABELS, PERSON_OWNED_LABELS, owned_vote, possessor
from pipelines.entities.country_tails import TAIL_WEIGHT, org_before_country
from pipelines.entities.family_names import family_name_places
from pipelines.entities.firm_heads import firm_head_mentions
from pipelines.entities.firm_marks import charity_name, fixture_side, issue_manager_before, ticker_after
from pipelines.entities.firm_phrases import firm_after, maker_possessive, price_move_after, web_domain_after
from pipelines.entities.fixtures import names_a_player, names_a_team
from pipelines.entities.full_names import FIRST_NAME_WEIGHT, first_names, full_names, given_name_cues, opening_words
from pipelines.entities.given_names import given_names
from pipelines.entities.given_places import given_name_places
from pipelines.entities.grounds import ground_keys
from pipelines.entities.junk import after_determiner
from pipelines.entities.keys import match_key
from pipelines.entities.labels import DESIGNATOR_WEIGHT, NOBLE_TITLES, ORG_DESIGNATORS, repeats
from pipelines.entities.landforms import REGIONS
from pipelines.entities.lineups import is_player, lists
from pipelines.entities.list_kinds import list_kind_at, lone_listed_work
from pipelines.entities.listed_names import (
    LISTED_WEIGHT,
    article_counts,
    kind_counts,
    last_words,
    listed_towns,
    lone_listed_votes,
    odd_listed_votes,
)
from pipelines.entities.lone_names import LONE_PERSON_WEIGHT, lone_persons
from pipelines.entities.meetings import names_a_meeting, names_an_event
from pipelines.entities.model_numbers import is_code, model_code
from pipelines.entities.nationalities import is_nationality_word, names_a_language
from pipelines.entities.nominee_works import work_after_nominee, work_in_brackets
from pipelines.entities.org_words import based_before, called_before, org_words, survey_by_before
from pipelines.entities.people_words import surname_norps
from pipelines.entities.person_lists import between_people
from pipelines.entities.person_phrases import kin_apposition, person_after, person_before, ruler_of_country
from pipelines.entities.place_phrases import (
    born_or_based_after,
    city_demonyms,
    country_after,
    in_a_dateline,
    listed_places,
    names_a_place,
    near_a_place,
    peer_of_before,
    place_kind_after,
    region_after,
    state_abbreviation_after,
    state_after_town,
    venue_at,
)
from pipelines.entities.product_phrases import listed_product, names_a_product, product_apposition, such_as_product
from pipelines.entities.product_versions import version_kind
from pipelines.entities.sequel_titles import film_sequel
from pipelines.entities.subtitles import subtitle_kind
from pipelines.entities.teams import split_teams
from pipelines.entities.title_tails import ends_a_title
from pipelines.entities.work_phrases import (
    after_a_broadcaster,
    kind_after,
    names_a_work,
    performed_in,
    role_after,
    work_apposition,
)
from pipelines.wordlists import HONORIFICS, PERSON_BEFORE, PLACE_LABELS

if TYPE_CHECKING:
    from pipelines.entities.state import State

CUE_WEIGHT = 2.1
"""Weight of a context cue in the label vote (one model label counts 1): a little more than the
model reading one name alike in two articles, which is one model's reading of one string."""
ATTRIBUTIVE_WEIGHT = 1.0
"""Weight of the determiner cue ("the Yukos case"): as much as one model label and no more, for
people's names stand there too ("the Attlee government"), and a tie goes to PERSON."""
COORDINATION_WEIGHT = 0.3
"""Weight of each listed neighbour's label (two neighbours weigh less than the model's own label)."""
DOMAIN_WEIGHT = CUE_WEIGHT + DESIGNATOR_WEIGHT
"""Weight of a web domain written onto a name ("[OptInRealBig].com"): the name's own spelling says
firm or site, as a designator does, and the article's later mentions without it follow."""
WINDOW = 40
"""Characters on either side of a mention read for a cue."""

PLURAL_VERBS = frozenset("are were have".split())
"""Verbs that make a name the subject of a team, band or firm in British English ("Blackburn
have won", "Everton are"); a person takes "is", "was", "has"."""
NATIONALITY_NOUN_ENDINGS = ("man", "men", "woman", "women")
"""Endings that make a noun for a national of a nationality adjective ("Frenchman", "Dutchmen")."""
WORDS_AFTER_A_GROUP = frozenset(
    "and or are were have had who which will would could can in at on to for from with by as that than but".split()
)
"""Words that may follow a plural name after "the" that names a band or a team ("the Ospreys are",
"the Smiths and"): verbs and function words, no noun ("the Williams sisters")."""
CLAUSE_OPENERS = frozenset(
    "that as while but because when if though although since after before until where so".split()
)
"""Words after which a name followed by a plural verb is the clause's whole subject (not the last
of a list: "Kelli White and relay star Alvin Harrison have")."""

_EDGE = ".,;:!?()'\"’”"
_CAPITALISED_BEFORE_BRACKET_RE = re.compile(r"[A-Z][\w'’.-]*\s+\($")
_INITIAL_RE = re.compile(r"[A-Z]\.?\s+[A-Z][a-z]")
"""An initial before a capitalised word: "N Speaight", "A. Foley"."""
_LOWER_WORD_AFTER_RE = re.compile(r"\s+[a-z]")
_PLURAL_RE = re.compile(r"[A-Z][a-z]+[a-rtv-z]s")
"""One capitalised word in the plural ("Killers", "Ospreys", "Beatles"; not "Jesus", "Elvis", "Ross")."""
_WORD_AFTER_RE = re.compile(r"\s+(\w+)")
_JOIN_RE = re.compile(r"\s*(?:,|,?\s+and|&)\s+(?:The\s+)?")
"""What joins two names of a list: a comma, "and" or "&", and perhaps a title's "The" outside the
second name's span ("Dirty Harry, The [Searchers] and King Kong")."""


def words_after(text: str, end: int) -> list[str]:
    if end >= len(text) or not text[end].isspace():
        return []
    return [w.strip(_EDGE).lower() for w in text[end : end + WINDOW].split()[:2]]


def words_before(text: str, start: int, n: int = 2) -> list[str]:
    if start == 0 or not text[start - 1].isspace():
        return []
    return [w.lower() for w in text[max(0, start - WINDOW) : start].split()[-n:]]


def _after_the(text: str, start: int, end: int) -> bool:
    """The word "the" right before the name and no noun or name right after it ("the [Killers],",
    "the [Ospreys] are", "at the [Bernabeu]."; not "the [Williams] sisters", "the [James] Bond
    films"): a one-word name there is a band's, a team's or a venue's (plural or after "at"), not a
    person's."""
    if text[max(0, start - 4) : start] not in ("the ", "The "):
        return False
    after = _WORD_AFTER_RE.match(text, end)
    return after is None or after.group(1) in WORDS_AFTER_A_GROUP


def plural_subject(text: str, start: int, after: list[str]) -> bool:
    """The name opens a clause and a plural verb follows it ("'Blackburn are trying", ". Bolton
    were", "as Everton have"; not "A as well as B have", a list)."""
    if not after or after[0] not in PLURAL_VERBS:
        return False
    before = text[max(0, start - WINDOW) : start].rstrip()
    if not before or before[-1] in ".!?:\"'“‘\n":
        return True
    words = before.lower().split()
    return before[-1].isalpha() and words[-1] in CLAUSE_OPENERS and words[-3:] != ["as", "well", "as"]


def _club_in_brackets(text: str, start: int, end: int) -> bool:
    """The name stands alone in brackets after a capitalised word, as a player's club does in a
    line-up ("A Foley ([Munster])"); not a full name opening with a given name, which is a cast
    member's after a character's ("Buck ([Gil Gerard]) and Wilma's (Erin Gray)")."""
    if not (
        text.startswith(")", end)
        and text[start - 1 : start] == "("
        and _CAPITALISED_BEFORE_BRACKET_RE.search(text, max(0, start - WINDOW), start)
    ):
        return False
    words = text[start:end].split()
    return not (len(words) >= 2 and match_key(words[0]) in given_names() and words[-1][:1].isupper())


def _role_before(word: str) -> bool:
    """The lower-cased word before a name is an honorific or a person's role (``PERSON_BEFORE``),
    alone or ending a hyphenated word; a full stop may close an honorific ("Dr."), not a role, which
    then ends the sentence before ("the biggest drug producer. [Novartis]")."""
    bare = word.rstrip(".")
    if bare != word and bare not in HONORIFICS:
        return False
    return bare.rsplit("-", 1)[-1] in PERSON_BEFORE


def _national_player(before: list[str]) -> bool:
    """A nationality's adjective and "player" right before a name ("Korean player [Hyung-Taik
    Lee]"): a person; "player" alone also follows makers ("the new Sony player [Walkman]")."""
    return len(before) == 2 and before[1] == "player" and is_nationality_word(match_key(before[0]))


def _a_persons_name(key: str, surnames: set[str]) -> bool:
    """A surname of the corpus's full names or a given name."""
    return key in surnames or key in given_names()


def _context_vote(
    text: str, start: int, end: int, one_word_person: bool, language_name: bool, player_lists
) -> tuple[str, float] | None:
    """The (label, weight) the words around [start, end) vote for, if any."""
    after = words_after(text, end)
    before = words_before(text, start)
    if person_after(text, end, start) or person_before(text, start, end, before) or ruler_of_country(text, start, end):
        return "PERSON", CUE_WEIGHT  # "[X], a dancer who", "starring [X]", "Stalin's Russia, [X]'s Romania -"
    if kin_apposition(text, start, end):
        return "PERSON", CUE_WEIGHT  # "His mother, [Giselle], said"
    if names_a_law(text, start, end):
        return "LAW", CUE_WEIGHT  # "the [Bill] passed", "Finance [Bill]"
    if issue_manager_before(text, start):
        return "ORG", CUE_WEIGHT  # "lead manager [Swiss Volksbank] said": a bank, not a manager
    if (
        before
        and (_role_before(before[-1]) or _national_player(before))
        and place_kind_after(text, start, end, after) is None  # not "its sister [Xiluodu] dam"
    ):
        return "PERSON", CUE_WEIGHT
    if called_before(text, start):
        return "ORG", CUE_WEIGHT  # "a new company entitled [POW]" (not a work's "entitled")
    if names_a_work(text, start, end, before) or work_apposition(text, end):
        return "WORK_OF_ART", CUE_WEIGHT  # "[Vera Drake], a drama about ..."
    if film_sequel(text, start, end):
        return "WORK_OF_ART", CUE_WEIGHT  # "But [Spider-Man 2] breaks that rule" in a film's review
    if work_in_brackets(text, start, end):
        return "WORK_OF_ART", CUE_WEIGHT  # "best actor award with ... Stanley Townsend ([Shining City])"
    if performed_in(text, start, end) and gazetteer.lookup(match_key(text[start:end])) is None:
        return "WORK_OF_ART", CUE_WEIGHT  # "return later this year in [The Two Ronnies Sketchbook]"
    if (kind := version_kind(text, start, end)) is not None and gazetteer.lookup(match_key(text[start:end])) is None:
        return kind, CUE_WEIGHT  # "counterfeit versions of [Windows XP]", "screen versions of [The A-Team]"
    if product_apposition(text, end) or such_as_product(text, start) or listed_product(text, start, end):
        return "PRODUCT", CUE_WEIGHT  # "[Spybot], a free program,", "programs such as [Spybot]"
    if language_name and names_a_language(text, end, before):
        return "LANGUAGE", CUE_WEIGHT
    if names_a_place(text, start, end, before, after):
        return "GPE", CUE_WEIGHT  # "whose [Finchley] constituency", "the town of [Lillehammer]"
    if venue_at(text, start, end):
        return "FAC", CUE_WEIGHT  # "a win over the tourists at [Rodney Parade]"
    kind = place_kind_after(text, start, end, after)
    if kind is not None:
        return kind, CUE_WEIGHT  # "the Kalahari [desert]", "[Belmarsh] prison" (not "a [New Orleans] jail")
    if not language_name and names_a_product(text, start, end, before, after):
        return "PRODUCT", CUE_WEIGHT
    if is_player(text, start, end, player_lists):
        return "PERSON", CUE_WEIGHT
    if (
        org_words(text, end, before, after)
        or plural_subject(text, start, after)
        or names_a_team(text, start, end, before)
        or firm_after(text, end, start)
        or maker_possessive(text, start, end)
        or price_move_after(text, start, end)
        or based_before(text, start, end)
        or survey_by_before(text, start)
        or _club_in_brackets(text, start, end)
    ):
        return "ORG", CUE_WEIGHT
    if one_word_person and _after_the(text, start, end):
        if _PLURAL_RE.fullmatch(text, start, end) and match_key(text[start:end]) not in REGIONS:
            return "ORG", CUE_WEIGHT  # "the [Killers]" (not "the [Valleys]", a region)
        if text.endswith("at the ", max(0, start - 7), start) and not _WORD_AFTER_RE.match(text, end):
            return "FAC", CUE_WEIGHT  # "at the [Bernabeu].": a venue (not "at the [Library] for research")
    if one_word_person and _LOWER_WORD_AFTER_RE.match(text, end) and after_determiner(text, start):
        return "ORG", ATTRIBUTIVE_WEIGHT
    return None


def _nationality_noun(key: str, nationalities: set[str]) -> bool:
    """One word that is a nationality the model names elsewhere in the corpus plus "man",
    "woman" ("Frenchman", "Dutchwomen"): a nationality (NORP), not a person's name."""
    if " " in key:
        return False
    return any(key.endswith(e) and key[: -len(e)] in nationalities for e in NATIONALITY_NOUN_ENDINGS)


def _town_shaped(key: str) -> bool:
    """A name that may be a town's: no "of" and no organisation's word ("[Ada], Okla.,"; not
    "American Trust of Hendersonville, N.C.," nor "Kabivitrum Inc, Calif.")."""
    words = key.split()
    return "of" not in words and not ORG_DESIGNATORS.intersection(words)


def _titled_person(st: State, i: int) -> bool:
    """Mention i is a "person" that may be a title: one word that is no surname of the corpus nor
    a given name (:mod:`lone_names`), or several that open with no given or first name."""
    if st.labels[i] != "PERSON":
        return False
    s = st.surf[i]
    if s.ntok == 1:
        return i in st.lone_persons
    first = s.key.split(" ", 1)[0]
    return first not in given_names() and first not in st.first_names


def label_cues(st: State) -> dict[int, list[tuple[str, float]]]:
    """Mention index -> (label, weight) votes its context adds (live mentions only)."""
    cues: dict[int, list[tuple[str, float]]] = {}
    candidates = full_names(st)
    titles = title_candidates(st)
    given, common = given_name_cues(st, candidates, title_words(st, titles))
    for i in candidates:
        s = st.surf[i]
        if i in given or s.key.split(" ", 1)[0] in st.first_names or _INITIAL_RE.match(s.name):
            cues[i] = [("PERSON", FIRST_NAME_WEIGHT)]
    for i in family_name_places(st, candidates):
        cues.setdefault(i, [("PERSON", FIRST_NAME_WEIGHT)])  # "Gethin Jenkins" tagged GPE
    nationalities = {st.surf[i].key for i in st.live() if st.labels[i] == "NORP" and st.surf[i].ntok == 1}
    persons = [j for j in st.live() if st.labels[j] == "PERSON" and st.surf[j].ntok > 1]
    surnames = {st.surf[j].key.rsplit(" ", 1)[-1] for j in (*persons, *given)}  # and full names opening with one
    tagged_kinds = kind_counts(st)
    articles = article_counts(st)
    for i in st.live():
        words = st.surf[i].name.split()
        if (
            len(words) == 3
            and words[0].lower() in NOBLE_TITLES
            and words[1] == "of"
            and words[2][:1].isupper()
            and not after_a_broadcaster(st.article_text.get(st.art_ids[i], ""), st.starts[i])
        ):
            cues.setdefault(i, []).append(("PERSON", CUE_WEIGHT))  # not "ITV's [King of Fridges]", a programme
        if st.labels[i] != "NORP" and _nationality_noun(st.surf[i].key, nationalities):
            cues.setdefault(i, []).append(("NORP", CUE_WEIGHT))
        if st.labels[i] in ("GPE", "LOC") and len(words) >= 2 and org_before_country(st.surf[i].name):
            cues.setdefault(i, []).append(("ORG", TAIL_WEIGHT))  # "Age Concern England" tagged LOC
    for i in city_demonyms(st):
        cues.setdefault(i, []).append(("NORP", CUE_WEIGHT))  # "Findlay is a [Londoner]"
    for i in common_word_titles(st, titles, common):
        cues.setdefault(i, []).append(("WORK_OF_ART", TITLE_WEIGHT))  # "[Ground Force]", "[Sugar Rush]"
    for aid, idx in st.by_article.items():
        text = st.article_text.get(aid)
        if not text:
            continue
        order = sorted(idx, key=lambda j: st.starts[j])
        player_lists = lists(text)
        mention_ends = {st.ends[j] for j in idx}
        ending = {st.ends[j]: j for j in order if st.surf[j] is not None}

        def maker(end: int, marked: int, _name: str, ending=ending) -> bool:
            """A firm's mention (no place's) ends at ``end`` or, with its possessive mark, at ``marked``."""
            j = ending.get(end, ending.get(marked))
            return j is not None and st.labels[j] == "ORG" and gazetteer.lookup(st.surf[j].key) is None

        sport = functools.cache(functools.partial(sport_article, text))  # read once, when asked

        for i in order:
            one_word_person = st.surf[i].ntok == 1 and st.labels[i] == "PERSON"
            language_name = is_nationality_word(st.surf[i].key)
            vote = _context_vote(text, st.starts[i], st.ends[i], one_word_person, language_name, player_lists)
            if (
                vote is None
                and st.labels[i] != "PERSON"
                and (kind := subtitle_kind(text, st.starts[i], st.ends[i])) is not None
                and gazetteer.lookup(st.surf[i].key) is None
            ):
                vote = (kind, CUE_WEIGHT)  # "Grand Theft Auto: [San Andreas]", "Star Wars: [The Phantom Menace]"
            if (
                vote is None
                and names_a_player(text, st.starts[i], st.ends[i])
                and gazetteer.lookup(st.surf[i].key) is None
                and sport()
            ):
                vote = ("PERSON", CUE_WEIGHT)  # "a header from [Kemadjou]", "took the lead through [Kemadjou]"
            if vote == ("FAC", CUE_WEIGHT) and st.labels[i] == "NORP":
                vote = None  # "a [Viennese] opera house": a nationality before a building
            if vote == ("ORG", ATTRIBUTIVE_WEIGHT) and gazetteer.lookup(st.surf[i].key) is not None:
                vote = None  # "the [Devon] countryside", "a [Devon] man": a place before a noun, no firm
            if vote == ("ORG", ATTRIBUTIVE_WEIGHT) and i in st.lone_persons:
                vote = ("ORG", ATTRIBUTIVE_WEIGHT * LONE_PERSON_WEIGHT)  # no more than the model's PERSON
            if (
                vote is None
                and st.labels[i] != "PRODUCT"
                and is_code(st.surf[i].name)
                and model_code(text, st.starts[i], st.ends[i], maker)
            ):
                vote = ("PRODUCT", CUE_WEIGHT)  # "the [PS2] controller", "Sony's ... the [W1]"
            owner = None
            if (
                vote is None
                and (st.labels[i] in OWNED_LABELS | PERSON_OWNED_LABELS or (i in st.lone_persons and not sport()))
                and not after_a_broadcaster(text, st.starts[i])
            ):
                owner = possessor(text, st.starts[i])  # a broadcaster's is a programme ("BBC's [Network Africa]")
            if owner is not None:  # "France's [Ubisoft]", "Microsoft's [Windows]"
                j = ending.get(owner[0][0], ending.get(owner[0][1]))  # "[Paul Simon]'s", "[Paul Simon's]"
                words = (st.surf[j].name, st.labels[j]) if j is not None else (owner[1], None)
                common = st.common_words(st.surf[i].name.lower().split())
                owned = owned_vote(text, st.starts[i], st.ends[i], st.labels[i], words, common)
                if owned == "ORG" and st.surf[i].key in surnames:
                    owned = "PERSON"  # "Russia's [Zvonareva]", a "Vera Zvonareva" named: a national
                elif owned == "PRODUCT" and st.labels[i] == "ORG" and _a_persons_name(st.surf[i].key, surnames):
                    owned = None  # "Chelsea's [Mourinho]" tagged ORG: one of its people
                vote = None if owned is None else (owned, CUE_WEIGHT)
            if names_a_meeting(text, st.starts[i], st.ends[i], st.surf[i].key):
                vote = ("EVENT", CUE_WEIGHT)  # "at the [Sydney International]"
            elif vote is None and names_an_event(text, st.starts[i], st.ends[i], st.labels[i], st.surf[i]):
                vote = ("EVENT", CUE_WEIGHT)  # "at last year's [Superbowl]", "the [Hillsborough] disaster"
            if vote is not None:
                cues.setdefault(i, []).append(vote)
            if vote == ("PERSON", CUE_WEIGHT) and is_player(text, st.starts[i], st.ends[i], player_lists):
                st.players.add(i)  # for :mod:`players`
            if ticker_after(text, st.starts[i], st.ends[i], gazetteer.lookup(st.surf[i].key) is not None):
                cues.setdefault(i, []).append(("ORG", CUE_WEIGHT))  # "[Atlas Copco] <ASTS ST>"
            if st.surf[i].key not in surnames and fixture_side(
                text, st.starts[i], st.ends[i], st.surf[i].key, st.labels[i]
            ):
                cues.setdefault(i, []).append(("ORG", CUE_WEIGHT))  # "Charlton v [Yeovil]"
            if web_domain_after(text, st.ends[i]):
                cues.setdefault(i, []).append(("ORG", DOMAIN_WEIGHT))  # "the man behind [OptInRealBig].com"
            if role_after(text, st.starts[i], st.ends[i], st.labels[i], gazetteer.lookup(st.surf[i].key) is not None):
                cues.setdefault(i, []).append(("WORK_OF_ART", CUE_WEIGHT))  # "[Kill Bill] director Quentin Tarantino"
            if _titled_person(st, i) and kind_after(text, st.starts[i], st.ends[i]):
                cues.setdefault(i, []).append(("WORK_OF_ART", CUE_WEIGHT))  # "the [Shrek] films"
            if st.labels[i] != "PERSON" and vote != ("PRODUCT", CUE_WEIGHT) and after_a_broadcaster(text, st.starts[i]):
                cues.setdefault(i, []).append(("WORK_OF_ART", CUE_WEIGHT))  # "ITV's [Celebrity Fit Club]"
            if not st.surf[i].acronym and ends_a_title(text, st.starts[i], mention_ends):
                cues.setdefault(i, []).append(("WORK_OF_ART", CUE_WEIGHT))  # "Lord of the [Rings]"
            if (
                st.labels[i] not in ("PERSON", "FAC")
                and (region_after(text, st.ends[i]) or near_a_place(text, st.starts[i], st.ends[i]))
            ) or (
                st.labels[i] != "FAC" and state_abbreviation_after(text, st.ends[i]) and _town_shaped(st.surf[i].key)
            ):
                cues.setdefault(i, []).append(("GPE", CUE_WEIGHT))  # "from [Camberley], Surrey,", "[Ada], Okla.,"
            elif in_a_dateline(text, st.starts[i], st.ends[i]) or state_after_town(text, st.starts[i], st.ends[i]):
                cues.setdefault(i, []).append(("GPE", CUE_WEIGHT))  # "[DETROIT], March 5 -", "Gilman, [Conn].,"
            elif (
                not st.surf[i].acronym
                and st.labels[i] not in ("NORP", "PRODUCT")
                and born_or_based_after(text, st.ends[i])
            ):
                cues.setdefault(i, []).append(("GPE", CUE_WEIGHT))  # "the [Ballymena]-born actor"
            elif (
                st.labels[i] not in PLACE_LABELS
                and gazetteer.lookup(st.surf[i].key) is not None
                and country_after(text, st.ends[i])
            ):
                cues.setdefault(i, []).append(("GPE", CUE_WEIGHT))  # "[Bordeaux] in France"
            elif st.labels[i] not in PLACE_LABELS and member_after(text, st.ends[i], st.surf[i].key):
                cues.setdefault(i, []).append(("GPE", CUE_WEIGHT))  # "the [Salford] MP", "[Bolton West] MP"
        listed: dict[int, str] = {}  # items of a list after a plural kind: the label it gives them
        chains: list[list[int]] = []  # the lists of names, in order
        for a, b in zip(order, order[1:]):
            if (
                st.labels[a] == "PERSON"
                and text[st.ends[a] : st.starts[b]] == " of "
                and gazetteer.lookup(st.surf[b].key) is None
                and not peer_of_before(text, st.starts[b], st.ends[b])  # "Lord Roberts of [Conwy]": a place
                and not any(ch.isdigit() for ch in st.surf[b].name)
            ):
                cues.setdefault(b, []).append(("ORG", CUE_WEIGHT))  # "Tim Daly of Michael Foods"
            elif st.labels[a] == "PERSON" and work_after_nominee(text, st.ends[a], st.starts[b], st.surf[b].name):
                cues.setdefault(b, []).append(("WORK_OF_ART", CUE_WEIGHT))  # "Michel Gondry for [Eternal Sunshine]"
            if st.ends[a] <= st.starts[b] and _JOIN_RE.fullmatch(text, st.ends[a], st.starts[b]):
                if chains and chains[-1][-1] == a:
                    chains[-1].append(b)
                else:
                    chains.append([a, b])
                cues.setdefault(a, []).append((st.labels[b], COORDINATION_WEIGHT))
                cues.setdefault(b, []).append((st.labels[a], COORDINATION_WEIGHT))
                kind = listed.get(a) or list_kind_at(text, st.starts[a])  # "films including [A], [B]"
                if kind is not None:
                    if (kind, CUE_WEIGHT) not in cues[a]:  # the first name, unless its own cue says so
                        cues[a].append((kind, CUE_WEIGHT))
                    listed[a] = listed[b] = kind
                    cues[b].append((kind, CUE_WEIGHT))
        for i in rival_works(text, order, st.starts, st.ends):
            cues.setdefault(i, []).append(("WORK_OF_ART", CUE_WEIGHT))  # "[Amadeus] beat [The Killing Fields] to ..."
        in_chains = {i for chain in chains for i in chain}
        for i in order:
            if i not in in_chains and lone_listed_work(text, st.starts[i], st.ends[i]):
                cues.setdefault(i, []).append(("WORK_OF_ART", CUE_WEIGHT))  # "films were A, [Dirty Harry], B"

        def player(i: int, text: str = text, player_lists=player_lists) -> bool:
            return is_player(text, st.starts[i], st.ends[i], player_lists)

        st.lists.extend(chains)
        surnames_here = last_words(st, order) if chains else set()
        for chain in chains:
            for i, kind in listed_places(st, text, chain):
                cues[i].append((kind, CUE_WEIGHT))  # "at [Heathrow], [Gatwick] and Glasgow airports"
            for i, kind in lone_listed_votes(st, text, chain, tagged_kinds, sport, player, surnames_here):
                cues[i].append((kind, LISTED_WEIGHT))  # "Hyundai, Toyota, [Suzuki] and Ford"
            for i, kind in odd_listed_votes(st, text, chain, tagged_kinds, sport, player, surnames_here, articles):
                cues[i].append((kind, LISTED_WEIGHT))  # "AC Milan, Bayer Leverkusen, [Internazionale], Juventus"
            for i in listed_towns(st, text, chain, sport, player):
                cues[i].append(("GPE", CUE_WEIGHT))  # "mayors at Doncaster, [Hartlepool], North Tyneside"
            for i in between_people(st, chain):
                cues[i].append(("PERSON", CUE_WEIGHT))  # "Mulugeta Wondimu, [Abiyote Abate] and Markos Geneti"
    for i in st.live():
        if charity_name(st.surf[i].key, st.labels[i], cues.get(i, ())):
            cues.setdefault(i, []).append(("ORG", CUE_WEIGHT))  # "Christian Aid"; not "Saturday's [Tsunami Aid]"
    return cues


def note_cues(st: State) -> None:
    """Store the corpus's first names and every mention's context votes on the state."""
    st.first_names = first_names(st)
    first, _, first_other = opening_words(st)
    st.person_votes = set(given_name_places(st, first, first_other))  # "Bethan" tagged GPE
    st.person_votes |= surname_norps(st)  # "Campese" tagged NORP after "David Campese"
    st.lone_persons = lone_persons(st)  # "Maserati" tagged PERSON
    st.cues = label_cues(st)
    for i in firm_head_mentions(st):
        st.cues.setdefault(i, []).append(("ORG", CUE_WEIGHT))  # "Jet has 42 aircraft" (and "Jet Airways")
    grounds = ground_keys(st, lambda text, start, end: plural_subject(text, start, words_after(text, end)))
    for i in st.live() if grounds else ():
        if st.surf[i].key in grounds:
            st.cues.setdefault(i, []).append(("FAC", CUE_WEIGHT))  # "a draw at [Anfield]", "[Anfield] boss"
    st.repeats = repeats(st.by_article, st.starts, st.surf)
    split_teams(st)  # "Leeds won 2-1" is the club, "in Leeds" the city
