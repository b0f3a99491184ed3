"""A number the small model left out of a name (issue 11): "[Bet] 365", "[Doom] 3", "[Commodore] 64",
"[the Asylum and Immigration Act] 1999"; not a quantity, a minute or a year after a name."""

from __future__ import annotations

from tests.test_entity_span_cuts import mention_texts


def test_a_number_written_after_a_name_twice_is_the_names() -> None:
    text = (
        "Bookmakers Wager 365 and Ladbrokes agree. Odds at Wager 365 were cut. "
        "The shooter Blaze 3 shot to the top of the chart. Critics said Blaze 3 was a wake-up call."
    )
    rows = [("Wager", "ORG"), ("Ladbrokes", "ORG"), ("Wager", "PERSON"), ("Blaze", "PERSON"), ("Blaze", "PERSON")]
    assert mention_texts(("a1", text, rows)) == ["Wager 365", "Ladbrokes", "Wager 365", "Blaze 3", "Blaze 3"]


def test_a_number_after_a_name_the_corpus_spans_whole_elsewhere_is_the_names() -> None:
    known = ("a1", "The Commodore 64 sold well.", [("Commodore 64", "PRODUCT")])
    cut = ("a2", "Fans of the old Commodore 64 enthusiasts wrote emulators.", [("Commodore", "ORG")])
    assert mention_texts(known, cut) == ["Commodore 64", "Commodore 64"]


def test_a_model_number_and_a_laws_year_end_the_name() -> None:
    text = (
        "Passengers need a Nokia 3220 handset. One was for Canon's EOS 300D digital camera. "
        "Registrars under the Asylum and Immigration Act 1999 were obliged to report it. "
        "Gamers said Blinx 2 is out now."
    )
    rows = [("Nokia", "ORG"), ("Canon", "ORG"), ("EOS", "ORG"), ("the Asylum and Immigration Act", "LAW")]
    rows += [("Blinx", "PERSON")]
    assert mention_texts(("a1", text, rows)) == [
        "Nokia 3220",
        "Canon",
        "EOS 300D",
        "the Asylum and Immigration Act 1999",
        "Blinx 2",
    ]


def test_a_quantity_a_minute_or_a_year_after_a_name_stays_out() -> None:
    text = (
        "I started the group with Mark 10 years ago. He returned to London 12 months later. "
        "Reaching Germany 2006 looks hard. Flamini (Aliadiere 113), Clichy. Flamini (Aliadiere 113), Cole. "
        "Shares fell at Acme 2005 results time. A survey of 500 British 16 to 20-year-olds. "
        "Mark 10 years on, Smith scored. Fouled Miller 35 yards out."
    )
    rows = [("Mark", "PERSON"), ("London", "GPE"), ("Germany", "GPE"), ("Flamini", "PERSON")]
    rows += [("Aliadiere", "PERSON"), ("Clichy", "PERSON"), ("Flamini", "PERSON"), ("Aliadiere", "PERSON")]
    rows += [("Cole", "PERSON"), ("Acme", "ORG"), ("British", "NORP"), ("Mark", "PERSON"), ("Smith", "PERSON")]
    rows += [("Miller", "PERSON")]
    assert mention_texts(("a1", text, rows)) == [r for r, _ in rows]
