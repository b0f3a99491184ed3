"""Two names glued in one span (a pass of :mod:`pipelines.entities.canonical`, after
:mod:`glued_names`). The small model often runs a name into the name next to it; the mention
keeps one of them when both are names the corpus writes on their own (a live match key of
another mention), so that a title made of such words is left alone:

* an owner's possessive before a name ("[Leeds' Elland Road]", "[Brando's Academy Award]",
  "[Gateshead's Sage Centre]"): the mention is the name owned, unless that is one word the
  corpus also writes in lower case ("Queen's Club", "Prince's Trust", "St James' Park"). An owner
  the corpus names without a possessive in ``OWNER_ARTICLES`` articles or more as a person, a
  body, a place or a group
  owns the name after it whether or not the corpus names that on its own ("[Mike Nichols'] Closer",
  "[Google's] Desktop", "[The Beatles'] Across The Universe", "[Gateshead's] Sage Centre"); not a
  title's or a saint's ("King's College London", "St Mary's Hospital"), nor a holiday's ("New Year's
  Day Parade": no person's, body's nor place's), nor a firm's name that holds the possessive (the
  corpus names "Moody's" with it, and "Moody's Investors Service Inc" ends in a legal form); a
  rarer owner stays in the title it opens ("Howl's Moving Castle", "Charlotte's Web");
* a word opening a sentence, then "the" or "a", before a name ("[Like the Tories], the
  Liberal Democrats", "[Today the Tories] said"): the mention is the name, when the word is one the
  corpus writes in lower case ("like", "today");
* two names joined by "to", "in", "at" or "on" ("[Arsenal to Real Madrid]", "[Perpignan at
  Lansdowne Road]"), a name and a known place after "in" ("[Bluewater in Kent]"; not in a title:
  "Sleepless in Seattle"), or a name and a day after "on" ("[Commons on Monday]", "[Torquay on
  Boxing Day]"): the mention is the first name, when the whole is written in one article only.

The span follows the name kept (:func:`pipelines.entities.name_spans.narrow`). Each mention's
words are read once and the corpus's casing is counted once for the words asked: the pass is
linear."""

from __future__ import annotations

from collections import defaultdict

from pipelines.entities import gazetteer
from pipelines.entities.cut_names import ROLE_WORDS
from pipelines.entities.junk import starts_sentence
from pipelines.entities.keys import match_key
from pipelines.entities.name_spans import narrow
from pipelines.entities.split_names import name_labels, usual_label
from pipelines.entities.surfaces import analyse
from pipelines.wordlists import LEGAL_FORMS

DETERMINERS = frozenset({"the", "a", "an"})
JOINING_PREPOSITIONS = frozenset({"to", "in", "at", "on"})
"""Prepositions that join two names in a sentence, never inside one name (unlike "of", "for")."""
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")


def _capitalised(words: list[str]) -> bool:
    return bool(words) and all(w[:1].isupper() for w in words)


OWNER_ARTICLES = 5
"""Articles naming an owner that make it own any name after it (see the module docstring)."""
OWNER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
"""Labels of owners: a person, a body, a place or a group ("Google's Desktop"; not "New Year's Day")."""
SAINTS = frozenset({"st", "st.", "saint"})


def _owned(words: list[str], keys: set[str], owners: set[str]) -> tuple[list[str], str | None] | None:
    """(the name owned, the one word to ask the corpus's casing of, or None) when an owner the
    corpus names on its own stands before it with a possessive, else None; ``owners``: keys of the
    names the corpus names often as a person's, a body's, a place's or a group's."""
    for k, w in enumerate(words[:-1]):
        if w.endswith(_POSSESSIVE_ENDS):
            owner = [*words[:k], w[:-2] if w.endswith(("'s", "’s")) else w[:-1]]
            owned = words[k + 1 :]
            key = match_key(" ".join(owner))
            often = (
                key in owners
                and key not in ROLE_WORDS
                and owner[0].lower() not in SAINTS
                and match_key(owned[-1]) not in LEGAL_FORMS  # "Moody's Investors Service Inc": a firm's name
            )
            if _capitalised(owned) and key in keys and (match_key(" ".join(owned)) in keys or often):
                return owned, (owned[0].lower() if len(owned) == 1 else None)
            return None
    return None


def owners_of(st) -> set[str]:
    """Keys of the names the corpus names without a possessive in ``OWNER_ARTICLES`` articles or
    more, most often as a person's, a body's, a place's or a group's (not "Moody's", a firm whose
    name is a possessive)."""
    plain: dict[str, set[str]] = defaultdict(set)
    for i in st.live():
        text, end = st.article_text.get(st.art_ids[i], ""), st.ends[i]
        if not text.endswith(_POSSESSIVE_ENDS, 0, end) and text[end : end + 1] not in ("'", "’"):
            plain[st.surf[i].key].add(st.art_ids[i])
    often = {k for k, arts in plain.items() if len(arts) >= OWNER_ARTICLES}
    return {k for k, labels in name_labels(st).items() if k in often and usual_label(labels) in OWNER_LABELS}


def _after_opener(words: list[str], keys: set[str]) -> list[str] | None:
    """The name after a capitalised word and a determiner ("Like the [Tories]"), when the corpus
    names it on its own, else None."""
    if len(words) < 3 or words[1] not in DETERMINERS or not words[0].isalpha() or not words[0][:1].isupper():
        return None
    rest = words[2:]
    return rest if _capitalised(rest) and match_key(" ".join(rest)) in keys else None


def _joined(words: list[str], keys: set[str], title: bool) -> list[str] | None:
    """The first of two names joined by a preposition, when the corpus names both on their own
    ("[Arsenal] to Real Madrid"), the second is a known place after "in" ("[Bluewater] in Kent"),
    or a day after "on" ("[Commons] on Monday"), else None; a title keeps its place ("Sleepless
    in Seattle")."""
    for k in range(1, len(words) - 1):
        if words[k] in JOINING_PREPOSITIONS:
            first, second = words[:k], words[k + 1 :]
            if not (_capitalised(first) and _capitalised(second)):
                return None
            key = match_key(" ".join(second))
            named = match_key(" ".join(first)) in keys and key in keys
            place = words[k] == "in" and not title and gazetteer.lookup(key) is not None
            day = words[k] == "on" and (second[-1] == "Day" or second[0] in WEEKDAYS)
            return first if named or place or day else None
    return None


def cut_glued_pairs(st) -> None:
    """Point the live mentions that glue two names at the one kept (see the module docstring);
    ``st`` is the canonicaliser's ``state.State``, not imported: that would be a cycle."""
    live = st.live()
    keys = {st.surf[i].key for i in live}
    articles: dict[str, set[str]] = defaultdict(set)
    for i in live:
        articles[st.surf[i].key].add(st.art_ids[i])
    owners = owners_of(st)
    todo: list[tuple[int, list[str], str | None, bool]] = []  # (mention, name kept, word asked, common?)
    for i in live:
        s = st.surf[i]
        words = s.alias.split()
        if len(words) < 2 or s.honorific:
            continue
        if (owned := _owned(words, keys, owners)) is not None:
            todo.append((i, *owned, False))
        elif (rest := _after_opener(words, keys)) is not None:
            if starts_sentence(st.article_text.get(st.art_ids[i], ""), st.starts[i]):
                todo.append((i, rest, words[0].lower(), True))
        elif (first := _joined(words, keys, st.labels[i] == "WORK_OF_ART")) is not None and len(articles[s.key]) == 1:
            todo.append((i, first, None, False))
    if not todo:
        return
    common = st.common_words({w for _, _, w, _ in todo if w})
    for i, words, word, must_be_common in todo:
        if must_be_common and not common.is_common(word):
            continue  # "Like the Tories": the opener is a common word
        if not must_be_common and word is not None and common.written_in_lower_case(word):
            continue  # "St James' Park": a one-word name owned is never written in lower case
        name = " ".join(words)
        cut = analyse(name, st.labels[i])
        if not isinstance(cut, str):
            st.surf[i] = cut
            narrow(st, i, name)
