"""Canonical entities: one row per real-world person, organisation or place.

:func:`canonicalize` takes the NER mentions of a whole corpus and their articles and
returns the canonical entities, the mentions pointing at them (junk dropped) and statistics.
It works in passes that are each linear in the number of mentions (dict look-ups only):

1. **Surface analysis** (cached per distinct text and label): the display form (no leading
   "the", possessive, stray brackets), a *match key* that ignores case, accents, punctuation
   and common transliteration differences ("Zelensky" / "Zelenskyy", "Nato" / "NATO",
   "U.S." / "US"), titles and honorifics removed from person names ("Mr Stoltenberg",
   "President Biden"), handles unwrapped ("@NATO" → NATO, "@BorisJohnson" → Boris Johnson).
   Junk is dropped here: keyboard prompts ("Ctrl + Enter"), URLs, e-mail addresses, spans
   without letters, all-lowercase names, very long spans, spans crossing a line break.
2. **Context junk**: mentions inside boilerplate lines of the article (keyboard prompts,
   "watch now", "more on ...", browser notices) and inside photo credits.
3. **Short forms within an article**: a one-word mention equal to the last word of exactly
   one full person name in the same article is that person ("Stoltenberg", "Mr Stoltenberg"
   → Jens Stoltenberg); the first word only when it is a PERSON and unambiguous; "George
   Bush" → "George W. Bush" in the same article. Two candidates = ambiguous, left alone.
4. **Corpus-wide unions of keys**: acronyms to their expansion (defined in the text as
   "Armed Forces of Ukraine (AFU)", co-occurring in an article, or unique in the corpus:
   "EU" / "European Union"), and variants of one gazetteer place ("Russia" / "Russian
   Federation").
5. **Short forms across articles**: a bare surname left unresolved goes to the one full name
   in the corpus with that surname, or to one that has at least ``DOMINANCE`` times the
   articles of the next; never on a first name, never where it was ambiguous in its own
   article, never for a known place.
6. **Label vote** per entity, weighted (a short form resolved to a person's full name votes
   PERSON at half weight, an honorific is strong PERSON evidence), then the gazetteer (:mod:`pipelines.entities.gazetteer`) fixes places.
7. **Names and ids**: the most frequent full form names the entity; the id is a hash of the
   coarse type and the match key of that name, so it does not depend on row order.

Only live articles shape the entities: the mentions of removed articles (``removed_at`` set)
are canonicalised apart, among themselves, so that they keep an entity to point at without
changing any live entity's unions, name, label or counts. ``n_mentions`` and ``n_articles``
count live articles only; an entity named only in removed articles has 0 of both.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import polars as pl

from pipelines.entities import gazetteer
from pipelines.ids import stable_id
from pipelines.unionfind import UnionFind

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
_LABEL_ORDER = {label: i for i, label in enumerate(ENTITY_LABELS)}
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

DOMINANCE = 5
"""Across articles a bare surname goes to the most frequent full name only when that name is in
at least this many times as many articles as the next one with the same surname."""
RESOLVED_WEIGHT = 0.5
"""PERSON vote of a short form resolved to a person's full name (its own label is often wrong)."""
HONORIFIC_WEIGHT = 2.0
"""Extra PERSON weight of a mention carrying an honorific ("Mr", "Ms", "Dr")."""
DESIGNATOR_WEIGHT = 2.0
"""Extra ORG weight of a mention whose name ends in an organisation designator."""
ORG_DESIGNATORS = frozenset(
    """plc ltd limited inc incorporated corp corporation co company companies group holdings partners
    llc llp ag gmbh sa nv bv fc afc united rovers wanderers athletic albion hotspur academicals
    party council bank association union university college school club agency ministry
    department committee commission institute foundation society airlines airways railways
    motors industries authority board league federation trust service services organisation
    organization network studios records""".split()
)
"""Last words that make a name an organisation's ("Manchester United", "Diageo plc",
"Labour Party"), which the small model often tags PERSON or GPE (as match keys)."""
MAX_CHARS = 70
MAX_WORDS = 9

ENTITIES_SCHEMA = {
    "entity_id": pl.String,
    "name": pl.String,
    "label": pl.String,
    "aliases": pl.List(pl.String),
    "n_mentions": pl.Int64,
    "n_articles": pl.Int64,
}

# --------------------------------------------------------------------------- keys


_PUNCT_RE = re.compile(r"[^\w\s]")
_SEP_RE = re.compile(r"[\s\-‐‑‒–—_/]+")
_DOUBLE_RE = re.compile(r"(\w)\1+")
_SLAVIC_END_RE = re.compile(r"(?<=\w{3})(?:iy|yi|ij|yy)$")


def fold(text: str) -> str:
    """Lower case, no accents, no punctuation ("U.S." → "us"), hyphens as spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _SEP_RE.sub(" ", text.casefold())
    text = _PUNCT_RE.sub("", text)
    return " ".join(text.split())


def _spell(token: str) -> str:
    token = _DOUBLE_RE.sub(r"\1", token)
    if len(token) >= 5:
        token = _SLAVIC_END_RE.sub("y", token)
    return token


def match_key(text: str) -> str:
    """The key under which case, accent, punctuation and transliteration variants meet:
    "NATO"/"Nato" → "nato", "Zelenskyy"/"Zelenskiy" → "zelensky", "U.S." → "us"."""
    return " ".join(_spell(t) for t in fold(text).split())


# --------------------------------------------------------------------------- surfaces

HONORIFICS = frozenset("mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend hon mme mlle herr".split())
# Words that make up role titles before a name ("Foreign Secretary James Cleverly",
# "Secretary-General Jens Stoltenberg"): cut at the last of them when a name follows.
ROLE_WORDS = frozenset(
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
TITLE_CONNECTORS = frozenset("of and for the".split())
"""Role words that join a title only after another title word ("Secretary of State for ...")."""
NAME_SUFFIXES = frozenset({"jr", "sr", "junior", "snr", "jnr"})

KEY_NAMES = frozenset(
    "ctrl control alt shift enter esc escape tab cmd command del delete fn backspace option return "
    "space spacebar pgup pgdn pageup pagedown ins insert win home end".split()
)
HARD_KEYS = frozenset("ctrl alt cmd esc del fn backspace pgup pgdn spacebar".split())

_URL_RE = re.compile(
    r"(?:https?://|www\.|\b[\w-]+\.(?:com|org|net|gov|edu|co\.uk|org\.uk|io|info|tv|ly)\b|[\w.+-]+@[\w-]+\.\w)",
    re.IGNORECASE,
)
_PAREN_RE = re.compile(r"\s*\([^()]*\)")
_POSSESSIVE_RE = re.compile(r"(?<=\w)['’]s$|(?<=s)['’]$")
_EDGE_STRIP = " \t,;:!?\"'“”‘’«»|*•·-–—/\\"
_BRACKETS_RE = re.compile(r"[\[\]{}()<>]")
_CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")
_ACRONYM_RE = re.compile(r"^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,5})$")
_LETTER_RE = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Surface:
    alias: str  # the cleaned surface form, as listed in aliases ("Mr Stoltenberg", "@NATO")
    name: str  # the form that can name an entity: no title, no handle mark ("Stoltenberg")
    key: str  # match key of ``name``
    ntok: int
    honorific: bool  # an honorific such as "Mr" preceded the name
    titled: bool  # a title or honorific was removed
    handle: bool
    acronym: bool


def _clean_alias(text: str) -> str:
    text = " ".join(text.split())
    text = _PAREN_RE.sub("", text) if text.count("(") and not text.startswith("(") else text
    text = _BRACKETS_RE.sub("", text)
    text = " ".join(text.split()).strip(_EDGE_STRIP)
    if text[:4].lower() == "the " and len(text) > 4:
        text = text[4:]
    text = _POSSESSIVE_RE.sub("", text).strip(_EDGE_STRIP)
    return text


def _strip_titles(words: list[str], person: bool) -> tuple[list[str], bool, bool]:
    """Remove honorifics and (for persons) role titles before a name."""
    folded = [fold(w) for w in words]
    honorific = False
    cut = 0
    other = False  # a word that is neither title nor honorific came before ("Ukrainian President ...")
    for i, f in enumerate(folded[:-1]):
        parts = f.split()
        if not parts:
            if other:  # a dash after a name ends it: "Clive Griffiths - Wales"
                break
            cut = i + 1
            continue
        if all(p in HONORIFICS for p in parts):
            honorific = True
            cut = i + 1
        elif (
            person
            and all(p in ROLE_WORDS for p in parts)
            and (cut == i or not all(p in TITLE_CONNECTORS for p in parts))
        ):  # "Secretary of State", not "Willow the Wisp"
            cut = i + 1
        elif person:
            other = True
        else:
            break
    if cut and person:
        # Only cut at titles that precede the name: the rest must look like a name.
        rest = words[cut:]
        if not rest or not all(
            w[:1].isupper() or fold(w) in {"de", "van", "von", "bin", "al", "da", "di", "le", "la"} for w in rest
        ):
            cut = 0
    while cut < len(words) - 1 and fold(words[-1]) in NAME_SUFFIXES:
        words = words[:-1]
    return words[cut:], honorific, cut > 0


def junk_reason(text: str, label: str) -> str | None:
    """Why a mention text cannot name an entity, or None."""
    if "\n" in text or "\t" in text:
        return "line break"
    if len(text) > MAX_CHARS or len(text.split()) > MAX_WORDS:
        return "too long"
    if _URL_RE.search(text):
        return "url or e-mail"
    if not _LETTER_RE.search(text):
        return "no letters"
    folded = fold(text.replace("+", " ")).split()
    keys = [t for t in folded if t in KEY_NAMES]
    if keys and ("+" in text or any(t in HARD_KEYS for t in keys) or len(keys) == len(folded) >= 2):
        return "keyboard prompt"
    if re.search(r"(?:^|\s)[A-Z]{2,}s$", text):
        return "group noun"  # "MPs", "Tory MPs", "CEOs": a kind of people, not a name
    if label == "PERSON" and re.search(r",\s*(?!(?:jr|sr|jnr|snr|junior)\b)\w", text, re.IGNORECASE):
        return "list of names"  # "Kay, King": two people in one span
    stripped = text.lstrip("@#")
    if label in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP") and not any(ch.isupper() for ch in stripped):
        if any(ch.isalpha() and ch.lower() != ch.upper() for ch in stripped):
            return "no capital letter"
    return None


_surface_cache: dict[tuple[str, str], Surface | str] = {}


def analyse(text: str, label: str) -> Surface | str:
    """The Surface of a mention text, or the reason it is junk."""
    cached = _surface_cache.get((text, label))
    if cached is not None:
        return cached
    result: Surface | str
    reason = junk_reason(text, label)
    if reason:
        result = reason
    else:
        alias = _clean_alias(text)
        handle = alias[:1] in "@#" and len(alias) > 1
        body = alias.lstrip("@#")
        if handle:
            body = body.replace("_", " ")
            if " " not in body and not body.isupper():
                body = _CAMEL_RE.sub(" ", body)
        words = body.split()
        person = label == "PERSON"
        words, honorific, titled = _strip_titles(words, person) if len(words) > 1 else (words, False, False)
        name = " ".join(words)
        key = match_key(name)
        if not key or not _LETTER_RE.search(key):
            result = "no letters"
        else:
            compact = name.replace(" ", "")
            result = Surface(
                alias=alias,
                name=name,
                key=key,
                ntok=len(key.split()),
                honorific=honorific,
                titled=titled,
                handle=handle,
                acronym=bool(_ACRONYM_RE.match(compact)) and len(words) == 1,
            )
    if len(_surface_cache) > 500_000:
        _surface_cache.clear()
    _surface_cache[(text, label)] = result
    return result


# --------------------------------------------------------------------------- context junk

_BOILERPLATE_LINE_RE = re.compile(
    r"press\s+ctrl|ctrl\s*\+|highlight the text|click here|watch now|watch:|read more|^more on\b|"
    r"^related\b|see also|sign up (?:for|to)|subscribe (?:to|now|for|here)|newsletter|cookie|"
    r"all rights reserved|copyright|©|javascript|(?:use|update|upgrade) (?:your |a |the )?\w*\s*browser|"
    r"video player|media player|follow us|share (?:this|on)|advertisement|image (?:caption|source|copyright)|"
    r"^listen\b|^play\b|^getty images|skip to|^\W*(?:photo|image|picture|video)s?\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_CREDIT_RE = re.compile(
    r"(?:\(\s*(?:via|photo|credit|image|picture|source|pictured)\b[^()\n]{0,80}\)"
    r"|\b(?:Photograph|Photo|Image|Picture|Credit)s?\s*:\s*[^\n.]{0,80}"
    r"|(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*\s*\|[^\n]{0,120}\b(?:Getty|AFP|Reuters|AP|EPA|Shutterstock|Alamy|PA|Images)\b[^|\n]{0,40}$)",
    re.MULTILINE,
)
BOILERPLATE_MAX_WORDS = 25


def junk_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of an article that are page chrome: short boilerplate lines and photo
    credits. Mentions inside them are junk."""
    spans: list[tuple[int, int]] = []
    if not text:
        return spans
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip() and len(line.split()) <= BOILERPLATE_MAX_WORDS and _BOILERPLATE_LINE_RE.search(line.strip()):
            spans.append((pos, end))
        pos = end + 1
    for m in _CREDIT_RE.finditer(text):
        spans.append((m.start(), m.end()))
    spans.sort()
    return spans


_PLACE_CONTEXT_RE = re.compile(
    r"(?:\b(?:in|near|outside|across|throughout|around|capital|city of|visit to|trip to))\s*$", re.IGNORECASE
)


# --------------------------------------------------------------------------- union-find


# --------------------------------------------------------------------------- main


@dataclass
class CanonicalResult:
    entities: pl.DataFrame
    mentions: pl.DataFrame
    stats: dict = field(default_factory=dict)


def coarse_type(label: str) -> str:
    if label == "PERSON":
        return "PERSON"
    if label == "ORG":
        return "ORG"
    if label in PLACE_LABELS:
        return "PLACE"
    if label == "NORP":
        return "NORP"
    return "MISC"


def entity_id(coarse: str, key: str) -> str:
    return stable_id("entity", coarse, key)


def _initials(name: str) -> set[str]:
    words = [w for w in re.split(r"[\s\-]+", name) if w and _LETTER_RE.search(w)]
    if len(words) < 2:
        return set()
    out = {"".join(fold(w)[:1] for w in words)}
    capital = [w for w in words if w[:1].isupper()]
    if len(capital) >= 2:
        out.add("".join(fold(w)[:1] for w in capital))
    return {i for i in out if len(i) >= 2}


def _vote_label(label: str, text: str) -> str:
    if label == "PERSON" and any(ch.isdigit() for ch in text):
        return "PRODUCT"  # names have no digits: "Leopard 2", "Windows 95"
    return label


def _add_vote(votes: Counter, label: str, surface: Surface, resolved: bool) -> None:
    """One mention's vote for its entity's label, with extra PERSON weight when it carries an
    honorific and extra ORG weight when its name ends in an organisation designator. A short
    form resolved to a full name (always a person's) votes PERSON at ``RESOLVED_WEIGHT``,
    whatever the model called it ("O'Gara" tagged GPE)."""
    if resolved:
        votes["PERSON"] += RESOLVED_WEIGHT
    else:
        votes[_vote_label(label, surface.name)] += 1.0
        if surface.ntok >= 2 and surface.key.rsplit(" ", 1)[-1] in ORG_DESIGNATORS:
            votes["ORG"] += DESIGNATOR_WEIGHT
    if surface.honorific:
        votes["PERSON"] += HONORIFIC_WEIGHT


def _argmax(votes: dict[str, float]) -> str:
    return max(votes.items(), key=lambda kv: (kv[1], -_LABEL_ORDER.get(kv[0], 99)))[0]


def canonicalize(mentions: pl.DataFrame, articles: pl.DataFrame) -> CanonicalResult:
    """Canonical entities for a corpus; see the module docstring for the method. The mentions
    of removed articles (``articles.removed_at`` set) are canonicalised apart from the live ones
    and count for nothing (see the module docstring)."""
    gone = removed_article_ids(articles)
    if gone.is_empty():
        return _canonicalize(mentions, articles)
    is_gone = pl.col("article_id").is_in(gone.implode())
    live = _canonicalize(mentions.filter(~is_gone), articles)
    past = _canonicalize(mentions.filter(is_gone), articles)
    only_past = past.entities.filter(~pl.col("entity_id").is_in(live.entities.get_column("entity_id").implode()))
    entities = pl.concat(
        [
            live.entities,
            only_past.with_columns(
                pl.lit(0, dtype=pl.Int64).alias("n_mentions"), pl.lit(0, dtype=pl.Int64).alias("n_articles")
            ),
        ]
    )
    return CanonicalResult(
        entities=entities.sort("entity_id"),
        mentions=pl.concat([live.mentions, past.mentions]).sort("article_id", "start_char", "end_char"),
        stats={**live.stats, "n_entities": entities.height, "n_entities_of_removed_articles_only": only_past.height},
    )


def removed_article_ids(articles: pl.DataFrame | None) -> pl.Series:
    """Ids of the articles whose files are gone (``removed_at`` set)."""
    if articles is None or "removed_at" not in articles.columns:
        return pl.Series("article_id", [], dtype=pl.String)
    return articles.filter(pl.col("removed_at").is_not_null()).get_column("article_id").cast(pl.String)


def _canonicalize(mentions: pl.DataFrame, articles: pl.DataFrame) -> CanonicalResult:
    """Canonical entities of a set of mentions.

    The result depends only on the set of mentions, never on their order: they are put in
    (article, offset) order first. ``mentions.label`` stays the model's label (the input of
    the next run's vote); the entity's voted label is ``entities.label``."""
    mentions = mentions.sort("article_id", "start_char", "end_char")
    n_input = mentions.height
    art_ids = mentions["article_id"].cast(pl.String).to_list()
    texts = mentions["text"].to_list()
    labels = mentions["label"].to_list()
    starts = mentions["start_char"].to_list()
    ends = mentions["end_char"].to_list()
    article_text: dict[str, str] = {}
    if articles is not None and articles.height:
        article_text = dict(zip(articles["article_id"].cast(pl.String).to_list(), articles["text"].to_list()))

    # 1-2. surfaces and junk -------------------------------------------------------------
    surf: list[Surface | None] = [None] * n_input
    junk = Counter()
    by_article: dict[str, list[int]] = defaultdict(list)
    for i in range(n_input):
        s = analyse(texts[i] or "", labels[i] or "")
        if isinstance(s, str):
            junk[s] += 1
            continue
        surf[i] = s
        by_article[art_ids[i]].append(i)

    place_context = [False] * n_input
    for aid, idx in by_article.items():
        text = article_text.get(aid)
        if not text:
            continue
        spans = junk_spans(text)
        keep = []
        for i in idx:
            st, en = starts[i], ends[i]
            if spans and any(a <= st and en <= b for a, b in spans):
                surf[i] = None
                junk["boilerplate"] += 1
                continue
            keep.append(i)
            if st:
                place_context[i] = bool(_PLACE_CONTEXT_RE.search(text[max(0, st - 14) : st]))
        by_article[aid] = keep

    # 3. short forms within an article ----------------------------------------------------
    node = [s.key if s else "" for s in surf]
    resolved_reason: dict[int, str] = {}
    ambiguous: set[int] = set()
    acr_defined: dict[str, Counter] = defaultdict(Counter)
    acr_cooc: dict[str, Counter] = defaultdict(Counter)
    person_evidence: Counter = Counter()  # key -> PERSON-labelled multi-token mentions

    def settle(i: int, cands: set[str], reason: str) -> bool:
        """Resolve mention i to the one full name in ``cands``; with several it is ambiguous
        and left alone. True when there was any candidate."""
        if len(cands) == 1:
            node[i] = next(iter(cands))
            resolved_reason[i] = reason
        elif cands:
            ambiguous.add(i)
        return bool(cands)

    for aid, idx in by_article.items():
        full: dict[str, tuple[str, ...]] = {}
        for i in idx:
            s = surf[i]
            if s.ntok >= 2 and not s.acronym and (labels[i] == "PERSON" or s.honorific) and not s.handle:
                full[s.key] = tuple(s.key.split())
        last_idx: dict[str, set[str]] = defaultdict(set)
        first_idx: dict[str, set[str]] = defaultdict(set)
        for k, toks in full.items():
            last_idx[toks[-1]].add(k)
            first_idx[toks[0]].add(k)
            person_evidence[k] += 1
        initials_here: dict[str, set[str]] = defaultdict(set)
        for i in idx:
            s = surf[i]
            if s.ntok >= 2 and labels[i] not in ("PERSON", "NORP"):
                for ini in _initials(s.name):
                    initials_here[ini].add(s.key)
        text = article_text.get(aid) or ""
        prev_multi: tuple[int, str] | None = None  # (end_char, key) of the last multi-word mention
        for i in sorted(idx, key=lambda j: starts[j]):
            s = surf[i]
            if s.acronym:
                letters = s.key.replace(" ", "")
                if prev_multi and text:
                    gap = text[prev_multi[0] : starts[i]]
                    if re.fullmatch(r"\s*[(\[]\s*", gap) and letters in _initials_key(prev_multi[1]):
                        acr_defined[s.key][prev_multi[1]] += 1
                for k in initials_here.get(letters, ()):
                    acr_cooc[s.key][k] += 1
            elif s.ntok == 1 and labels[i] != "NORP":
                if labels[i] in PLACE_LABELS and gazetteer.lookup(s.key):
                    pass
                elif not settle(i, last_idx.get(s.key, set()) - {s.key}, "short form in article") and (
                    labels[i] == "PERSON" or s.honorific
                ):
                    settle(i, first_idx.get(s.key, set()) - {s.key}, "first name in article")
            elif s.ntok >= 2 and s.key not in full and (labels[i] == "PERSON" or s.honorific):
                toks = s.key.split()
                cands = {k for k, ft in full.items() if len(ft) > len(toks) and ft[0] == toks[0] and ft[-1] == toks[-1]}
                if len(cands) == 1:
                    node[i] = next(iter(cands))
                    resolved_reason[i] = "partial name in article"
            if s.ntok >= 2:
                prev_multi = (ends[i], s.key)

    # node statistics --------------------------------------------------------------------
    node_votes: dict[str, Counter] = defaultdict(Counter)
    node_mentions: Counter = Counter()
    node_names: dict[str, Counter] = defaultdict(Counter)
    for i in range(n_input):
        s = surf[i]
        if s is None:
            continue
        k = node[i]
        _add_vote(node_votes[k], labels[i], s, i in resolved_reason)
        node_mentions[k] += 1
        if i not in resolved_reason:
            node_names[k][s.name] += 1

    def majority(k: str) -> str:
        v = node_votes.get(k)
        return _argmax(v) if v else "ORG"

    uf = UnionFind()
    merge_reason: dict[str, str] = {}  # key -> why it was joined to another

    def union(a: str, b: str, reason: str) -> None:
        """Attach a's group to b's, noting why (for the merges report)."""
        root = uf.find(a)
        if uf.union(a, b):
            merge_reason.setdefault(a, reason)
            merge_reason.setdefault(root, reason)

    # 4a. acronyms -----------------------------------------------------------------------
    initials_index: dict[str, set[str]] = defaultdict(set)
    for k, names in node_names.items():
        if " " not in k or majority(k) in ("PERSON", "NORP"):
            continue
        for name in names:
            for ini in _initials(name):
                initials_index[ini].add(k)
    acronym_nodes = set()
    for i in range(n_input):
        s = surf[i]
        if s is not None and s.acronym and i not in resolved_reason:
            acronym_nodes.add(s.key)
    for a in sorted(acronym_nodes):
        if majority(a) in ("PERSON", "NORP") or gazetteer.lookup(a) is not None:
            continue  # "USA" names a country, whatever else has those initials
        target, reason = None, None
        for evidence, why in (
            (acr_defined.get(a), "acronym defined in text"),
            (acr_cooc.get(a), "acronym and expansion in one article"),
        ):
            if evidence:
                (top, n_top), *rest = evidence.most_common(2) + [(None, 0)]
                second = rest[0][1] if rest else 0
                if n_top >= 2 * second and top != a:
                    target, reason = top, why
                    break
        if target is None:
            cands = {k for k in initials_index.get(a.replace(" ", ""), ()) if k != a}
            if len(cands) == 1:
                target, reason = next(iter(cands)), "acronym matches a unique expansion"
        if target is not None and a not in target.split():  # "BT" is not short for "BT Together"
            union(a, target, reason)

    # 4b. gazetteer variants -------------------------------------------------------------
    by_place: dict[str, list[str]] = defaultdict(list)
    for k in node_mentions:
        place = gazetteer.lookup(k)
        if place is not None and (majority(k) != "PERSON" or place.strength == gazetteer.STRONG):
            by_place[place.place_id].append(k)
    for keys in by_place.values():
        if len(keys) > 1:
            keys.sort(key=lambda k: (-node_mentions[k], k))
            for k in keys[1:]:
                union(k, keys[0], "gazetteer variant")

    # 5. short forms across articles ------------------------------------------------------
    root_articles: dict[str, set[str]] = defaultdict(set)
    for i in range(n_input):
        if surf[i] is not None:
            root_articles[uf.find(node[i])].add(art_ids[i])
    last_index: dict[str, Counter] = defaultdict(Counter)
    for k in node_mentions:
        if " " in k and person_evidence.get(k) and majority(k) == "PERSON":
            root = uf.find(k)
            last_index[k.rsplit(" ", 1)[1]][root] = len(root_articles[root])
    decided: dict[str, str | None] = {}

    def across(k: str) -> str | None:
        if k in decided:
            return decided[k]
        target = None
        cands = last_index.get(k)
        place = gazetteer.lookup(k)
        votes = node_votes.get(k, Counter())
        total = sum(votes.values()) or 1.0
        # a word the model mostly calls something other than a person ("America" as GPE,
        # "Labour" as ORG) is not a surname, whatever full name ends with it
        not_person = 1 - votes.get("PERSON", 0) / total > 0.8 and node_mentions[k] >= 5
        if cands and uf.find(k) == k and k not in acronym_nodes and not not_person:
            if place is None or (place.strength < gazetteer.STRONG and majority(k) == "PERSON"):
                ranked = cands.most_common(2)
                if len(ranked) == 1 or ranked[0][1] >= DOMINANCE * ranked[1][1]:
                    target = ranked[0][0]
        decided[k] = target
        return target

    for i in range(n_input):
        s = surf[i]
        if s is None or i in resolved_reason or i in ambiguous or s.ntok != 1 or s.acronym or labels[i] == "NORP":
            continue
        target = across(s.key)
        if target is not None:
            node[i] = target
            resolved_reason[i] = "short form across articles"

    # 6. entities: votes, gazetteer, names -------------------------------------------------
    roots = [uf.find(node[i]) if surf[i] is not None else "" for i in range(n_input)]
    votes: dict[str, Counter] = defaultdict(Counter)
    r_nodes: dict[str, Counter] = defaultdict(Counter)
    r_names: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    r_aliases: dict[str, set[str]] = defaultdict(set)
    r_articles: dict[str, set[str]] = defaultdict(set)
    r_context: Counter = Counter()
    r_honorific: Counter = Counter()
    r_count: Counter = Counter()
    for i in range(n_input):
        s = surf[i]
        if s is None:
            continue
        r = roots[i]
        _add_vote(votes[r], labels[i], s, i in resolved_reason)
        if s.honorific:
            r_honorific[r] += 1
        r_nodes[r][node[i]] += 1
        if i not in resolved_reason:
            r_names[r][node[i]][s.name] += 1
        r_aliases[r].add(s.alias)
        r_articles[r].add(art_ids[i])
        r_count[r] += 1
        if place_context[i]:
            r_context[r] += 1

    root_label: dict[str, str] = {}
    root_key: dict[str, str] = {}
    root_name: dict[str, str] = {}
    for r, v in votes.items():
        total = r_count[r]
        place_mentions = 0
        best_place = None
        for k, n in r_nodes[r].items():
            p = gazetteer.lookup(k)
            if p is not None:
                place_mentions += n
                if best_place is None or p.strength > best_place.strength:
                    best_place = p
        v = Counter(v)
        if best_place is not None:
            share = place_mentions / total
            if best_place.strength == gazetteer.STRONG and share >= 0.5 and not r_honorific[r]:
                v = Counter({best_place.label: 1.0})
            else:
                v[best_place.label] += 0.3 * total * share + r_context[r]
        label = _argmax(v)
        root_label[r] = label
        # name: the best node, then its most frequent written form
        nodes = r_nodes[r]
        names = r_names[r]
        has_acronym_union = any(merge_reason.get(k, "").startswith("acronym") for k in nodes)

        def node_score(k: str) -> tuple:
            multi = " " in k
            if label == "PERSON":
                return (multi, nodes[k], len(k), k)
            if label in PLACE_LABELS and best_place is not None:
                gp = gazetteer.lookup(k)
                return (gp is not None and gp.name in names.get(k, ()), nodes[k], k)
            if has_acronym_union:
                return (multi, nodes[k], k)
            return (nodes[k], k)

        candidates = [k for k in nodes if names.get(k)] or list(nodes)
        best = max(candidates, key=node_score)
        forms = names.get(best) or Counter({best: 1})
        if " " not in best and len(best) <= 6:
            caps = [f for f in forms if f.isupper() and len(f) >= 2]
            if caps:
                forms = Counter({f: forms[f] for f in caps})
        name = max(forms.items(), key=lambda kv: (kv[1], kv[0]))[0]
        root_key[r] = best
        root_name[r] = name

    # ids, output tables -----------------------------------------------------------------
    root_id: dict[str, str] = {}
    used: set[str] = set()
    for r in sorted(votes, key=lambda r: (-r_count[r], r)):
        eid = entity_id(coarse_type(root_label[r]), root_key[r])
        if eid in used:  # two entities with one key and type: keep ids distinct and stable
            eid = entity_id(coarse_type(root_label[r]), root_key[r] + "|" + r)
        used.add(eid)
        root_id[r] = eid

    keep_rows = [i for i in range(n_input) if surf[i] is not None]
    out_labels = [root_label[roots[i]] for i in keep_rows]
    n_label_changes = sum(1 for i, lab in zip(keep_rows, out_labels) if lab != labels[i])
    out_mentions = (
        mentions[keep_rows].with_columns(
            pl.Series("entity_id", [root_id[roots[i]] for i in keep_rows], dtype=pl.String),
        )
        if keep_rows
        else mentions.head(0).with_columns(pl.lit(None, dtype=pl.String).alias("entity_id"))
    )

    rows = sorted(votes, key=lambda r: root_id[r])
    entities = pl.DataFrame(
        {
            "entity_id": [root_id[r] for r in rows],
            "name": [root_name[r] for r in rows],
            "label": [root_label[r] for r in rows],
            "aliases": [sorted(r_aliases[r]) for r in rows],
            "n_mentions": [r_count[r] for r in rows],
            "n_articles": [len(r_articles[r]) for r in rows],
        },
        schema=ENTITIES_SCHEMA,
    )

    # merges for the report ----------------------------------------------------------------
    merges: list[tuple[str, str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    for i in keep_rows:
        s = surf[i]
        r = roots[i]
        name = root_name[r]
        if s.alias == name or (s.alias, r) in seen:
            continue
        seen.add((s.alias, r))
        if i in resolved_reason:
            reason = resolved_reason[i]
        elif s.handle:
            reason = "handle"
        elif node[i] != root_key[r]:
            reason = merge_reason.get(node[i]) or merge_reason.get(root_key[r]) or "variant"
            if reason == "variant":
                # node and the naming key joined through a third key
                reason = next((merge_reason[k] for k in r_nodes[r] if k in merge_reason), "variant")
        elif s.titled:
            reason = "title or honorific"
        else:
            reason = "case or spelling variant"
        merges.append((s.alias, name, root_label[r], reason))

    stats = {
        "n_input_mentions": n_input,
        "n_junk": n_input - len(keep_rows),
        "junk_reasons": dict(junk),
        "n_entities": entities.height,
        "n_merges": len(merges),
        "n_label_changes": n_label_changes,
        "merges": merges,
    }
    return CanonicalResult(entities=entities, mentions=out_mentions, stats=stats)


def _initials_key(key: str) -> set[str]:
    """Initials of a multi-word match key (all words, and without function words)."""
    words = key.split()
    out = {"".join(w[0] for w in words)}
    content = [
        w for w in words if w not in {"of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le", "to"}
    ]
    if len(content) >= 2:
        out.add("".join(w[0] for w in content))
    return out


def with_entity_labels(mentions: pl.DataFrame, entities: pl.DataFrame) -> pl.DataFrame:
    """The mentions with ``label`` replaced by their entity's voted label (for readers that
    want one type per entity, such as quote speakers and story entities)."""
    return mentions.drop("label").join(entities.select("entity_id", "label"), on="entity_id", how="left")
