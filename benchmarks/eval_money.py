"""How well money is read: this project's engine, spaCy's MONEY entities and quantulum3
against Microsoft Recognizers-Text's English currency cases, plus the seed articles.

    python -m benchmarks.eval_money [--cases PATH] [--misses N]

A found amount is right ("full" match) when its span overlaps the expected span, its ISO
currency is the expected one (when the case gives ``Resolution.isoCurrency``; otherwise the
currency is not scored) and its value is within 0.5% of the expected value in whole units
("50 cents" is 0.50). A "span" match needs only the overlap. An expected result without a
value (a bare "dollar") is not an amount and is not counted. Cases marked ``NotSupported``
by the reference (.NET) implementation are left out.

The scoring functions (``load_cases``, ``match``, ``score``) are small and work on plain
``Expected``/``Got`` records, so they can be checked on hand-made cases.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_CASES = Path(__file__).resolve().parents[1].parent / "shared/specs/recognizers-currency/CurrencyModel.json"
VALUE_TOLERANCE = 0.005  # relative
# Recognizers' units that are minor units, with their size in whole units of the currency.
MINOR_UNITS = {"cent": 0.01, "pence": 0.01, "penny": 0.01, "sen": 0.01, "satoshi": 1e-8}


@dataclass(frozen=True)
class Expected:
    start: int
    end: int  # exclusive
    value: float  # whole units
    currency: str | None  # ISO 4217, None when the case does not give one
    text: str = ""


@dataclass(frozen=True)
class Got:
    start: int
    end: int  # exclusive
    value: float | None
    currency: str | None
    text: str = ""


@dataclass(frozen=True)
class Case:
    text: str
    expected: tuple[Expected, ...]


@dataclass
class Counts:
    """True positives, false positives and false negatives; precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Result:
    """Scores of one system over a list of cases, with its misses under the full match."""

    name: str
    span: Counts = field(default_factory=Counts)
    full: Counts = field(default_factory=Counts)
    misses: list[tuple[str, list[Expected], list[Got]]] = field(default_factory=list)


# --- reading the cases ----------------------------------------------------------------
def whole_units(value: float, unit: str | None) -> float:
    """A Recognizers value in whole units of its currency ("50" Cent -> 0.5)."""
    return value * MINOR_UNITS.get((unit or "").strip().lower(), 1.0)


def expected_of(result: dict) -> Expected | None:
    """The Expected of one Recognizers result; None when it has no number."""
    res = result.get("Resolution") or {}
    raw = res.get("value")
    if raw in (None, ""):
        return None
    try:
        value = float(raw)
    except ValueError:
        return None
    return Expected(
        int(result["Start"]),
        int(result["End"]) + 1,
        whole_units(value, res.get("unit")),
        res.get("isoCurrency") or None,
        result.get("Text", ""),
    )


def supported(case: dict, platform: str = "dotnet") -> bool:
    marks = [p.strip().lower() for p in case.get("NotSupported", "").split(",")]
    return platform not in marks


def load_cases(path: Path | str = DEFAULT_CASES) -> list[Case]:
    data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    out = []
    for case in data:
        if not supported(case):
            continue
        exp = [e for e in (expected_of(r) for r in case.get("Results", [])) if e is not None]
        out.append(Case(case["Input"], tuple(exp)))
    return out


# --- scoring --------------------------------------------------------------------------
def overlaps(e: Expected, g: Got) -> bool:
    return e.start < g.end and g.start < e.end


def value_ok(e: Expected, g: Got, tolerance: float = VALUE_TOLERANCE) -> bool:
    if g.value is None or not math.isfinite(g.value):
        return False
    return abs(g.value - e.value) <= tolerance * abs(e.value) + 1e-12


def currency_ok(e: Expected, g: Got) -> bool:
    return e.currency is None or (g.currency or "").upper() == e.currency


def right(e: Expected, g: Got) -> bool:
    """A full match: span overlap, currency (where expected) and value."""
    return overlaps(e, g) and currency_ok(e, g) and value_ok(e, g)


def match(
    expected: Sequence[Expected], got: Sequence[Got], ok: Callable[[Expected, Got], bool] = right
) -> tuple[Counts, list[Expected], list[Got]]:
    """One-to-one matching of found to expected amounts under ``ok``; the counts and the
    unmatched expected (false negatives) and found (false positives)."""
    used: set[int] = set()
    missed: list[Expected] = []
    for e in expected:
        for j, g in enumerate(got):
            if j not in used and ok(e, g):
                used.add(j)
                break
        else:
            missed.append(e)
    extra = [g for j, g in enumerate(got) if j not in used]
    return Counts(len(used), len(extra), len(missed)), missed, extra


def score(cases: Iterable[Case], system: Callable[[str], list[Got]], name: str = "") -> Result:
    result = Result(name)
    for case in cases:
        got = system(case.text)
        span, _, _ = match(case.expected, got, overlaps)
        full, missed, extra = match(case.expected, got, right)
        result.span.add(span)
        result.full.add(full)
        if missed or extra:
            result.misses.append((case.text, missed, extra))
    return result


# --- the systems ----------------------------------------------------------------------
def engine(text: str) -> list[Got]:
    """This project's money engine."""
    from pipelines.money import extract_amounts

    return [Got(a.start_char, a.end_char, a.value, a.currency, a.text) for a in extract_amounts(text, objects=False)]


def spacy_money(text: str) -> list[Got]:
    """spaCy's MONEY entities: spans only, no currency or value."""
    from pipelines.entities import ner as nlp

    doc = nlp.load()(text)
    return [Got(e.start_char, e.end_char, None, None, e.text) for e in doc.ents if e.label_ == "MONEY"]


_QUANTULUM_MINOR = {"cent": 0.01, "penny": 0.01, "pence": 0.01}


def quantulum_money(text: str) -> list[Got]:
    """quantulum3's currency quantities (its minor units counted in whole units)."""
    from quantulum3 import parser

    out = []
    for q in parser.parse(text):
        if q.unit.entity.name != "currency":
            continue
        value = q.value * _QUANTULUM_MINOR.get(q.unit.name.lower(), 1.0)
        out.append(Got(q.span[0], q.span[1], value, getattr(q.unit, "currency_code", None), q.surface))
    return out


def quantulum_available() -> bool:
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import quantulum3.parser  # noqa: F401
    except Exception:  # ImportError, or a broken install
        return False
    return True


# --- the seed articles ----------------------------------------------------------------
# (article prefix, text, currency, value, text of the amount it restates, basis or None)
SEED_EXPECTED = (
    ("002", "£57 billion", "GBP", 57e9, None, None),
    ("003", "€65bn", "EUR", 65e9, None, None),
    ("003", "£57bn", "GBP", 57e9, "€65bn", None),
    ("003", "$28.9m", "USD", 28.9e6, None, "conversion_undated"),
    ("003", "£23.3m", "GBP", 23.3e6, "$28.9m", None),
)


def seed_checks(folder: Path | str = "seeds") -> list[tuple[str, bool, str]]:
    """Each expected seed amount: (what, exactly right, what was found)."""
    from pipelines.ingest.articles import read_articles
    from pipelines.money import extract_amounts

    articles = read_articles(folder)
    found: dict[str, list] = {}
    for path, text, published in articles.select("source_path", "text", "published_at").iter_rows():
        found[path[:3]] = extract_amounts(text, published_at=published, objects=False)
    out = []
    for prefix, text, cur, value, of, basis in SEED_EXPECTED:
        amounts = found.get(prefix, [])
        hits = [a for a in amounts if a.text == text]
        what = f"{prefix} {text} -> {cur} {value:g}" + (f" = {of}" if of else "") + (f" ({basis})" if basis else "")
        if not hits:
            out.append((what, False, "not found"))
            continue
        a = hits[0]
        linked = amounts[a.equivalent_of].text if a.equivalent_of is not None else None
        ok = a.currency == cur and a.value == value and linked == of and (basis is None or a.currency_basis == basis)
        out.append((what, ok, f"{a.currency} {a.value:g} basis={a.currency_basis} equivalent_of={linked}"))
    return out


# --- report ---------------------------------------------------------------------------
def _fmt_got(g: Got) -> str:
    v = "-" if g.value is None else f"{g.value:g}"
    return f"{g.text!r} [{g.start}:{g.end}] {g.currency or '?'} {v}"


def _fmt_exp(e: Expected) -> str:
    return f"{e.text!r} [{e.start}:{e.end}] {e.currency or '(any)'} {e.value:g}"


def table(results: Sequence[Result]) -> str:
    head = f"{'system':<16} {'span P':>7} {'span R':>7} {'span F1':>8} {'full P':>7} {'full R':>7} {'full F1':>8}"
    lines = [head, "-" * len(head)]
    for r in results:
        lines.append(
            f"{r.name:<16} {r.span.precision:7.2f} {r.span.recall:7.2f} {r.span.f1:8.2f} "
            f"{r.full.precision:7.2f} {r.full.recall:7.2f} {r.full.f1:8.2f}"
        )
    return "\n".join(lines)


def misses_report(result: Result, limit: int) -> str:
    lines = [f"{result.name}: {len(result.misses)} cases with misses (showing {min(limit, len(result.misses))})"]
    for text, missed, extra in result.misses[:limit]:
        lines.append(f"- {text[:160]!r}")
        for e in missed:
            near = ""
            lines.append(f"    FN expected {_fmt_exp(e)}{near}")
        for g in extra:
            lines.append(f"    FP got      {_fmt_got(g)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.eval_money", description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", default=str(DEFAULT_CASES), help="Recognizers-Text CurrencyModel.json")
    ap.add_argument("--misses", type=int, default=50, help="how many of the engine's missed cases to list")
    ap.add_argument("--seeds", default="seeds", help="folder of the seed articles")
    ap.add_argument("--engine-only", action="store_true", help="score only this project's engine")
    args = ap.parse_args(argv)

    path = Path(args.cases)
    if not path.exists():
        print(f"cases file not found: {path}", file=sys.stderr)
        return 2
    cases = load_cases(path)
    n_exp = sum(len(c.expected) for c in cases)
    print(f"Recognizers-Text English currency cases: {len(cases)} supported by .NET, {n_exp} amounts expected")
    print()
    results = [score(cases, engine, "engine")]
    notes = []
    if not args.engine_only:
        results.append(score(cases, spacy_money, "spaCy MONEY"))
        if quantulum_available():
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                results.append(score(cases, quantulum_money, "quantulum3"))
        else:
            notes.append("note: quantulum3 is not installed (pip install -e '.[eval]'); its row is skipped")
    print(table(results))
    for n in notes:
        print(n)
    print()
    if args.misses > 0:
        print(misses_report(results[0], args.misses))
        print()
    seeds = Path(args.seeds)
    if seeds.is_dir():
        checks = seed_checks(seeds)
        good = sum(ok for _, ok, _ in checks)
        print(f"seed amounts exactly right: {good}/{len(checks)}")
        for what, ok, got in checks:
            print(f"  [{'ok' if ok else 'WRONG'}] {what}: {got}")
    else:
        print(f"seeds folder not found: {seeds}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
