"""Bylines: the author and outlet a credit line names ("By Jane Doe and Max Roe, Daily Example")."""

from __future__ import annotations

import re

from pipelines.wordlists import BYLINE_ROLE_WORDS, NAME_PARTICLES

BYLINE = re.compile(
    r"^(?:(?:written|reported|words|story|text)\s+)?by\s*:?\s+(?P<rest>\S.*)$|^(?:author|authors|byline)\s*:\s*(?P<label>\S.*)$",
    re.I,
)


# Words that make a byline's last part an outlet rather than a person ("By Jane Doe, Daily Example").
OUTLET_WORDS = {
    "news",
    "times",
    "post",
    "press",
    "journal",
    "herald",
    "telegraph",
    "guardian",
    "gazette",
    "tribune",
    "daily",
    "weekly",
    "agency",
    "media",
    "radio",
    "tv",
    "television",
    "network",
    "online",
    "magazine",
    "review",
    "chronicle",
    "observer",
    "independent",
    "mail",
    "express",
    "mirror",
    "standard",
    "examiner",
    "courier",
    "reuters",
    "bloomberg",
    "associated",
    "wire",
    "service",
    "broadcasting",
    "channel",
    "newspaper",
    "today",
}


_WORD_RE = re.compile(r"[\w'’-]+")


def words_of(line: str) -> list[str]:
    return _WORD_RE.findall(line)


def _is_name(part: str) -> bool:
    """A person's name: two to four capitalised words (initials and particles allowed)."""
    tokens = part.split()
    names = [t for t in tokens if t.lower() not in NAME_PARTICLES]
    if not 2 <= len(names) <= 4 or len(tokens) > 6:
        return False
    return all(t[0].isupper() and re.fullmatch(r"[^\W\d_]+(?:['’.-][^\W\d_]*)*\.?", t) for t in names)


def _is_outlet(part: str) -> bool:
    words = words_of(part)
    return (
        0 < len(words) <= 6
        and part[0].isupper()
        and (
            # an acronym ("BBC", "CNN World"), unless every word is in capitals ("JANE DOE")
            (
                any(len(w) >= 2 and w.isupper() and w.isalpha() for w in words)
                and (len(words) == 1 or not part.isupper())
            )
            or any(w.lower() in OUTLET_WORDS for w in words)
            or bool(re.search(r"\w\.(?:com|net|org|co\.uk|[a-z]{2})\b", part))
        )
    )


def parse_byline(line: str) -> tuple[str, str | None] | None:
    """(author, outlet) of a byline such as "By Jane Doe and Max Roe, Daily Example" or
    "By Jane Doe | Example News"; None when the line is not one. Several authors are joined
    with "; "; a role ("political correspondent") or a place ("in Kyiv") is left out."""
    m = BYLINE.match(line)
    if not m or len(words_of(line)) > 16:
        return None
    rest = (m.group("rest") or m.group("label")).strip().rstrip(".")
    outlet = None
    split = re.split(r"\s+[|–—-]\s+|\s*\|\s*|\s+for\s+(?=[A-Z])", rest, maxsplit=1)
    if len(split) == 2:
        rest, outlet = split[0].strip(), split[1].strip().rstrip(".")
    parts = [p.strip() for p in rest.split(",") if p.strip()]
    if outlet is None and len(parts) > 1 and _is_outlet(parts[-1]):
        outlet = parts.pop()
    names: list[str] = []
    for position, part in enumerate(parts):
        part = re.sub(r"\s+in\s+[A-Z][\w'’ -]*$", "", part)  # "Jane Doe in Kyiv"
        words = {w.lower() for w in words_of(part)}
        if words & BYLINE_ROLE_WORDS or part.lower().startswith("in ") or re.search(r"\d", part):
            continue
        if position > 0 and len(words) == 1 and part[0].isupper():
            continue  # a place after the name: "Jane Doe, Washington"
        for name in re.split(r"\s+and\s+|\s*&\s*", part):
            if not _is_name(name.strip()):
                return None
            names.append(name.strip())
    if not names or (outlet is not None and not outlet[:1].isupper()):
        return None
    return "; ".join(names), outlet
