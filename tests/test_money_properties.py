"""Properties of the money engine that hold for any text: no exception, spans inside the
text and equal to their text, positive values, ranges the right way round, restatement
links pointing at an earlier amount."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.money import currencies, extract_amounts
from pipelines.money.fx import FxBasis
from pipelines.money.resolve import CurrencyBasis

# Pieces that money is made of, so that generated texts often hold (odd) amounts.
PIECES = [
    "$",
    "£",
    "€",
    "¥",
    "₹",
    "US$",
    "C$",
    "HK$",
    "GBP",
    "USD",
    "EUR",
    "usd",
    "rmb",
    "Y",
    "stg",
    "dlrs",
    "mln",
    "bln",
    "m",
    "bn",
    "k",
    "tn",
    "million",
    "billion",
    "thousand",
    "trillion",
    "dollars",
    "euros",
    "pounds",
    "yen",
    "rupees",
    "Swiss francs",
    "marks",
    "cents",
    "pence",
    "p",
    "c",
    "ct",
    "a",
    "one",
    "two",
    "half",
    "hundred",
    "and",
    "-",
    "–",
    "to",
    "between",
    "about",
    "more than",
    "up to",
    "or",
    "(",
    ")",
    ";",
    ",",
    ".",
    "%",
    "per cent",
    "a share",
    "0",
    "5",
    "12",
    "1,050",
    "3.5",
    "100,000",
    "1999",
    "2,00",
    "1.",
    ".5",
    " ",
    "  ",
    "\n",
    "\u00a0",
    "İ",
    "ß",
    "ﬁ",
]
texts = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(PIECES), max_size=25).map("".join),
    st.lists(st.sampled_from(PIECES), max_size=25).map(" ".join),
    # money pieces mixed with random Unicode (any category, surrogates excluded)
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=40).map("".join),
)
dates = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))


@settings(max_examples=250, deadline=None)
@given(texts, dates)
def test_any_text_gives_sound_amounts(text: str, published_at: dt.date | None) -> None:
    amounts = extract_amounts(text, published_at=published_at, objects=False)
    previous_end = 0
    for i, a in enumerate(amounts):
        assert 0 <= a.start_char < a.end_char <= len(text)
        assert a.text == text[a.start_char : a.end_char]
        assert a.start_char >= previous_end  # in order, without overlap
        previous_end = a.end_char
        assert a.value > 0
        if a.value_high is not None:
            assert a.value_high >= a.value
        assert currencies.is_known(a.currency)
        assert a.currency_basis in set(CurrencyBasis)
        if a.equivalent_of is not None:
            assert 0 <= a.equivalent_of < i
        if a.value_usd is not None:
            assert a.value_usd > 0
        assert (a.fx_date is not None) == (
            a.fx_basis == FxBasis.ARTICLE_DATE or (a.fx_basis == FxBasis.USD and published_at is not None)
        )


def test_a_text_over_a_million_characters() -> None:
    paragraph = "word " * 300 + "The council spent £4m on roads.\n\n"
    text = paragraph * 700
    assert len(text) > 1_000_000
    amounts = extract_amounts(text, objects=False)
    assert len(amounts) == 700
    assert all(text[a.start_char : a.end_char] == a.text == "£4m" for a in amounts)
