"""Pair evidence that two reports are one happening: their shared names, their leads, the copy
they share, their time (the same day, or for undated reports the weekday their leads name),
and whether one is a copy of the other.

Small public functions on per-article :class:`Report` features, so that a batch grouping and
an incremental matcher score a pair the same way. The corpus enters only through ``idf``, the
rarity weight of each content word (:func:`pipelines.stories.similarity.idf_weights` over the
documents' :attr:`Report.words`).

Why leads: a news report opens on its news (who did what, where). Two reports of one
happening open on the same facts, so each lead's rare words are found in the other report.
Two steps of one running story (a ban and its lifting, talks and the deal, a nomination and
the award) share their actors, their background and often whole recap paragraphs, but the
later report's lead tells news the earlier one does not contain. Shared names and shared text
alone are a topic; the leads must agree both ways, and shared copy or the same time must
back them. Judged on BBC (undated) and Reuters (dated) samples, most pairs whose leads agree
but that share neither copy nor a day are steps of a running story (a ban and its appeal, a
bid and the sale). Dated reports of one day need less of the lead (DATED_LEAD_AGREE): a wire's
reports of a deal, a launch or a bid and the reply the same day open on the same facts in their
own words.

Why headlines: a headline names a report's subject. When each headline names something (a
rare word) the other report never mentions, the two are about different subjects, however much
template copy they share (one agency's crop revisions for two countries, two issuers' bonds).
A headline also states a report's news figure: when each headline states a figure the other
report never gives, the two tell different facts (one statistics office's monthly and yearly
figures released the same day, two results of one company).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines import cache
from pipelines.stories.similarity import WORD_RE, words

LEAD_WORDS = 40
"""Words of a text's opening (its first sentence or two) that make its *lead*."""

LEAD_AGREE = 0.7
"""Lead agreement (see :func:`lead_agreement`) from which two reports open on the same
facts. BBC pairs judged one happening score 0.7-1.0; steps of one running story mostly under
it, because the later lead's news is missing from the earlier report."""

SHARED_TEXT = 0.15
"""Shingle Jaccard from which two reports share copy (agency text, the same quotes). Unrelated
news texts stay under 0.01; one outlet's reports of different events on one topic reuse its
phrasing (0.04-0.15 on BBC)."""

SHARED_ENTITY = 0.5
"""Entity overlap (:func:`pipelines.stories.similarity.entity_overlap`) every pair of one
happening needs: its actors and places are shared."""

SHARED_COPY_ENTITY = 0.7
SHARED_COPY_LEAD = 0.85
"""Two reports that share copy (SHARED_TEXT) and most rare names (SHARED_COPY_ENTITY)
are one happening when one report's lead is all but contained in the other (coverage
SHARED_COPY_LEAD in one direction): two outlets' rewrites of one agency report, each with its
own opening sentence."""

DATED_LEAD_AGREE = 0.5
"""Lead agreement from which two reports published the same day open on the same facts (with
the shared actors and names every pair needs): on Reuters, same-day pairs from 0.5 are one
happening told twice (a deal and its completion notice, a launch, a bid and the reply), while
steps of a running story are days apart. Undated reports need LEAD_AGREE and shared copy or a
weekday."""

HEADLINE_SUBJECT = 0.5
"""Rarity (word idf, 0-1) from which a headline word the report itself uses names its subject
(a place, a company, an issuer): a word in at most about sqrt(2N) of N reports (60 of 1,800;
on Reuters "Peru" and "Scotia" are in a handful, "pct" and "mln" in most)."""

NAMES_FLOOR = 0.6
"""Share of each lead's names and figures (see :func:`names_agreement`) below which two
reports tell different facts: a recurring report of another company or issue (Reuters'
dividend notices) shares its template and dateline, not its names and figures. Two such
reports that share most figures and differ in one name (two countries' crop revisions) still
pass."""

NAMES_AGREE = 0.75
"""With only one lead contained (SHARED_COPY_LEAD), the other lead's names and figures must
be in the first report at this share: a report that adds its own news (a poll's figures and
pollster) to shared background is another happening."""

COPY_CONTAINMENT = 0.8
COPY_LEAD = 0.9
"""A retitled copy: the shorter text's shingles are COPY_CONTAINMENT inside the longer one and
the two leads' content words are COPY_LEAD the same (Jaccard): one article updated or
republished under another headline."""

OPENING_WORDS = 120
"""Words of a text's opening paragraphs in which an undated report names the weekday of its
happening ("on Tuesday"). Two undated reports naming weekdays there, none in common, report
happenings on different days (a weekday in common is the same time only within the leads:
further down, a running story's reports name the days of its earlier steps)."""

_FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?!\d|st\b|nd\b|rd\b|th\b)", re.IGNORECASE)
"""A figure as written ("1.2", "265", "3,650,000", "5.5" of "5.5bn"), not an ordinal ("4TH")."""

_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


@dataclass(frozen=True)
class Report:
    """What the evidence functions need of one article."""

    words: frozenset[str]
    """Content words of the whole text (stop words left out)."""
    lead: frozenset[str]
    """Content words of its first LEAD_WORDS words."""
    weekdays: frozenset[str]
    """Weekdays named in its lead: the time of an undated report's happening."""
    opening_weekdays: frozenset[str]
    """Weekdays named in its first OPENING_WORDS words."""
    lead_names: frozenset[str] = frozenset()
    """Its lead's names and figures (lower case): capitalised words inside a sentence, and
    numbers: the who, where and how many of its news."""
    headline: frozenset[str] = frozenset()
    """Content words of its headline that its text also uses (its subject, in its own words)."""
    headline_figures: frozenset[str] = frozenset()
    """Figures its headline states (its news, in numbers), thousands separators dropped."""
    figures: frozenset[str] = frozenset()
    """Figures its headline and text give, thousands separators dropped."""


@cache.kept("stop_words", modules=("stories/evidence.py",), packages=("spacy",))
def stop_words() -> frozenset[str]:
    """spaCy's English stop words, kept on disk (:mod:`pipelines.cache`): importing them from
    spaCy imports the whole package into the run's process, which needs nothing else of it."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def lead_names(text: str | None) -> frozenset[str]:
    """Capitalised words (not opening a sentence) and numbers among the first LEAD_WORDS words,
    in lower case, stop words left out."""
    text = text or ""
    names = set()
    for k, m in enumerate(WORD_RE.finditer(text)):
        if k >= LEAD_WORDS:
            break
        w = m.group()
        before = text[: m.start()].rstrip().rstrip("\"'“”‘’([").rstrip()
        opens_sentence = not before or before[-1] in ".!?:"
        if w[0].isdigit() or (w[0].isupper() and not opens_sentence):
            names.add(re.sub(r"'s$", "", w.lower().replace("’", "'")))
    return frozenset(names - stop_words())


def names_agreement(a: Report, b: Report) -> float:
    """The smaller share of either lead's names found in the other report, also in the
    possessive (1 when a lead names nothing)."""

    def share(x: Report, y: Report) -> float:
        found = sum(1 for n in x.lead_names if n in y.words or n + "'s" in y.words)
        return found / len(x.lead_names)

    return min((share(x, y) for x, y in ((a, b), (b, a)) if x.lead_names), default=1.0)


def report(text: str | None, title: str | None = None, *, ws: list[str] | None = None) -> Report:
    """The report of a text (``ws``: its ``words``, when the caller has them)."""
    stop = stop_words()
    ws = words(text) if ws is None else ws
    opening = " ".join(ws[:OPENING_WORDS])
    content = frozenset(w for w in ws if w not in stop)
    return Report(
        words=content,
        lead=frozenset(w for w in ws[:LEAD_WORDS] if w not in stop),
        weekdays=frozenset(_WEEKDAY.findall(" ".join(ws[:LEAD_WORDS]))),
        opening_weekdays=frozenset(_WEEKDAY.findall(opening)),
        lead_names=lead_names(text),
        headline=frozenset(w for w in words(title) if w in content),
        headline_figures=figures(title),
        figures=figures(title) | figures(text),
    )


def figures(text: str | None) -> frozenset[str]:
    """The figures ``text`` gives (:data:`_FIGURE`), "3,650,000" as "3650000"."""
    return frozenset(f.replace(",", "") for f in _FIGURE.findall(text or ""))


def figures_apart(a: Report, b: Report) -> bool:
    """Whether each headline states a figure the other report (headline or text) never gives:
    two reports of different facts."""
    return bool(a.headline_figures - b.figures and b.headline_figures - a.figures)


def headlines_apart(a: Report, b: Report, idf: dict[str, float]) -> bool:
    """Whether each headline names a subject (a word of idf HEADLINE_SUBJECT or more) that the
    other report never mentions, also in the possessive: two reports about different subjects."""

    def names_other_subject(x: Report, y: Report) -> bool:
        return any(
            idf.get(w, 0.0) >= HEADLINE_SUBJECT and w not in y.words and w + "'s" not in y.words for w in x.headline
        )

    return names_other_subject(a, b) and names_other_subject(b, a)


def lead_coverage(a: Report, b: Report, idf: dict[str, float]) -> float:
    """Share of ``a``'s lead, weighted by word rarity, that ``b`` contains anywhere."""
    total = sum(idf.get(w, 0.0) for w in a.lead)
    if not total:
        return 0.0
    return sum(idf.get(w, 0.0) for w in a.lead if w in b.words) / total


def lead_agreement(a: Report, b: Report, idf: dict[str, float]) -> tuple[float, float]:
    """(smaller, larger) of the two lead coverages: each lead's news in the other report."""
    ab, ba = lead_coverage(a, b, idf), lead_coverage(b, a, idf)
    return min(ab, ba), max(ab, ba)


def pair_evidence(
    a: Report,
    b: Report,
    idf: dict[str, float],
    text_jaccard: float,
    entity_sim: float,
    days_apart: int | None = None,
) -> float:
    """Units of same-happening evidence of two reports: 1 or more when several independent
    kinds agree, else 0. Always the shared actors (SHARED_ENTITY), and one of: both leads in
    the other report plus shared copy; both leads in the other report plus, undated, the same
    weekday named in both leads; published the same day, both leads mostly in the other report
    (DATED_LEAD_AGREE); shared copy with one lead contained and most names shared. And never
    when the leads' names and figures disagree (NAMES_FLOOR), the headlines name different
    subjects (:func:`headlines_apart`) or state different figures (:func:`figures_apart`) or,
    undated, the openings name different weekdays. Shared names, a shared topic or shared
    background copy alone are not an event."""
    if entity_sim < SHARED_ENTITY or (days_apart is None and dated_apart(a, b)):
        return 0.0
    if headlines_apart(a, b, idf) or figures_apart(a, b):
        return 0.0
    names = names_agreement(a, b)
    if names < NAMES_FLOOR:
        return 0.0
    low, high = lead_agreement(a, b, idf)
    copy = text_jaccard >= SHARED_TEXT
    same_weekday = days_apart is None and bool(a.weekdays & b.weekdays)
    one_lead_in_shared_copy = (
        copy and entity_sim >= SHARED_COPY_ENTITY and high >= SHARED_COPY_LEAD and names >= NAMES_AGREE
    )
    same_day = days_apart == 0 and low >= DATED_LEAD_AGREE
    if (low >= LEAD_AGREE and (copy or same_weekday)) or same_day or one_lead_in_shared_copy:
        return 1.0 + text_jaccard
    return 0.0


def dated_apart(a: Report, b: Report) -> bool:
    """Whether the two openings date their happenings to different days: both name weekdays
    in their first OPENING_WORDS words, none in common."""
    return bool(a.opening_weekdays and b.opening_weekdays and not a.opening_weekdays & b.opening_weekdays)


def is_retitled_copy(a: Report, b: Report, containment: float) -> bool:
    """One article under two headlines: the same opening and the shorter text inside the other."""
    return containment >= COPY_CONTAINMENT and same_opening(a, b)


def same_opening(a: Report, b: Report) -> bool:
    """Whether the two leads' content words are COPY_LEAD the same (Jaccard)."""
    return bool(a.lead and b.lead) and len(a.lead & b.lead) / len(a.lead | b.lead) >= COPY_LEAD
