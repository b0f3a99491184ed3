"""Common words of the corpus: a word its articles write in lower case ("law", "price", "young")
more often than capitalised is a word of the language, not a known name, so a capitalised
"Law" alone is no evidence for a person named Law. Counted once per corpus, only for the words
asked about, over the article texts (one regular-expression pass over a bounded sample)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

COMMON_MIN_LOWER = 2
"""A word is common only when written in lower case at least this many times ..."""
SAMPLE_CHARS = 2_000_000
"""Characters of text read at most (the texts in order, until this many): the counts are a
ratio, and a bounded sample keeps the pass cheap on an archive of any size."""

_WORD_RE = re.compile(r"\b[^\W\d_]+\b")


def word_counts(texts: Iterable[str], forms: set[str] | None = None) -> Counter:
    """How often each word (of ``forms`` only, when given) is written in the texts' bounded sample
    (the texts in order, until ``SAMPLE_CHARS``)."""
    seen: Counter = Counter()
    read = 0
    for text in texts:
        if read >= SAMPLE_CHARS:
            break
        read += len(text or "")
        found = _WORD_RE.findall(text or "")
        seen.update(found if forms is None else (t for t in found if t in forms))
    return seen


class CommonWords:
    """Lower-case and capitalised counts of the asked words in a set of texts."""

    def __init__(self, texts: Iterable[str], words: Iterable[str], counts: Counter | None = None) -> None:
        """``counts``: the texts' words already counted (:func:`word_counts`), so that passes over
        one corpus share one count instead of reading the texts each."""
        wanted = {w for w in words if w.isalpha() and w.islower()}
        self._lower: Counter = Counter()
        self._capital: Counter = Counter()
        if not wanted:
            return
        seen = counts if counts is not None else word_counts(texts, wanted | {w.capitalize() for w in wanted})
        for w in wanted:
            self._lower[w] = seen[w]
            self._capital[w] = seen[w.capitalize()]

    def written_in_lower_case(self, word: str) -> bool:
        """``word`` (lower case) is written in lower case at least once (a word of the language,
        which surnames such as "Chabal" or "Contepomi" never are)."""
        return self._lower.get(word, 0) > 0

    def is_common(self, word: str) -> bool:
        """``word`` (lower case) is written in lower case more often than capitalised (and at
        least ``COMMON_MIN_LOWER`` times)."""
        lower = self._lower.get(word, 0)
        return lower >= COMMON_MIN_LOWER and lower > self._capital.get(word, 0)

    def counts(self, word: str) -> tuple[int, int]:
        """How often ``word`` (lower case) is written in lower case, and capitalised."""
        return self._lower.get(word, 0), self._capital.get(word, 0)


_AFTER_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|[Yy]ou|who|which)\s+([a-z]+)\b")
VERB_MIN_AFTER_PRONOUN = 2
"""A word written after a subject pronoun this many times is a verb or an adverb ("he said", "it
has", "they also"); a noun hardly ever is ("prices", "leader", "analysts")."""


def verbs(texts: Iterable[str], words: Iterable[str]) -> set[str]:
    """The ``words`` (lower case) that the texts' bounded sample writes after a subject pronoun at
    least ``VERB_MIN_AFTER_PRONOUN`` times: verbs and adverbs, no nouns."""
    wanted = set(words)
    seen: Counter = Counter()
    read = 0
    for text in texts:
        if read >= SAMPLE_CHARS or not wanted:
            break
        read += len(text or "")
        seen.update(w for w in _AFTER_PRONOUN_RE.findall(text or "") if w in wanted)
    return {w for w in wanted if seen[w] >= VERB_MIN_AFTER_PRONOUN}
