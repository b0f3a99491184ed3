"""Hard-wrapped text (wire copy): which lines continue the line before."""

from __future__ import annotations

# Hard-wrapped text (wire copy wraps at ~70 characters): most lines fit a column this wide, and
# a line that fills at least this share of the column is continued by the next, unindented line.
WRAP_COLUMN_MAX = 100


WRAPPED_SHARE = 0.9


FILLED_SHARE = 0.6


def continued_lines(raw: str) -> frozenset[int]:
    """Indices of the lines of a hard-wrapped text that continue the line before (wire copy:
    ``2.7\nbillion stg``), so that the cleaned text keeps them one paragraph, joined by a single
    line break. A text is hard-wrapped when at least 90% of its non-blank lines fit in 100
    characters; a line continues the one before when both are non-blank, it is not indented (an
    indented line opens a paragraph) and the one before fills 60% of the column. Texts with one
    paragraph per line or blank lines between paragraphs have none, and so has a text where no
    line breaks mid-sentence (a line not ending a sentence, followed by one in lower case)."""
    lines = raw.splitlines()
    widths = sorted(len(line.rstrip()) for line in lines if line.strip())
    mid_sentence = any(
        before.strip() and before.rstrip()[-1] not in ".!?:;\"”’'" and after.lstrip()[:1].islower()
        for before, after in zip(lines, lines[1:])
    )
    if len(widths) < 3 or not mid_sentence:
        return frozenset()
    column = widths[int(WRAPPED_SHARE * (len(widths) - 1))]
    if column > WRAP_COLUMN_MAX:
        return frozenset()
    return frozenset(
        i
        for i in range(1, len(lines))
        if lines[i].strip()
        and not lines[i][:1].isspace()
        and lines[i - 1].strip()
        and len(lines[i - 1].rstrip()) >= FILLED_SHARE * column
    )
