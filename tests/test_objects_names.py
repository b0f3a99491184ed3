"""Objects that are names and clauses the parse around an amount must reach (issue 11): a title
after the noun that describes it, a title with "of"/"on" in it, the subject of the clause a
participle hangs on, and a purpose clause past a short phrase. Every text here is made up."""

from __future__ import annotations

import pytest

from pipelines.money import extract_amounts


def _object(text: str, amount: str) -> str | None:
    return next(a.object for a in extract_amounts(text) if a.text == amount)


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a title in apposition to the noun that describes it
        (
            "Comedy adventure Son of the Mask came in at number four with $7.7m.",
            "$7.7m",
            "Comedy adventure Son of the Mask",
        ),
        ("Low-budget movie Sideways has so far grossed about $45m.", "$45m", "Low-budget movie Sideways"),
        # a title with "of" or "on" and a lower-case word in it
        ("The Return of the King took nearly £10m over its opening weekend.", "£10m", "Return of the King"),
        # the words of a name before the window's edge are taken in whole
        (
            "Howl's Moving Castle set a Japanese box office record last week, taking 1.5bn yen in two days.",
            "1.5bn yen",
            "Howl's Moving Castle",
        ),
        # a participle after a comma takes the subject of the clause it hangs on
        (
            "Animated movie Robots has opened at the top of the US and Canada box office chart, "
            "taking $36.5m on its first weekend on release.",
            "$36.5m",
            "Animated movie Robots",
        ),
        # a purpose clause past a short phrase after the amount
        (
            "The firm has come under suspicion, paying the regulator $250m in October to settle charges.",
            "$250m",
            "charges",
        ),
        ("It is also paying $500,000 to the regulator to settle the bribe charge.", "$500,000", "bribe charge"),
        ("In China they spend $17 per child per year on textbooks.", "$17", "textbooks"),
        # a to-clause hung on the amount, or on the total it is
        ("The bank has agreed to pay a total of $515m to settle an investigation.", "$515m", "investigation"),
        ("The payment includes more than $4m to fund state compliance checks.", "$4m", "state compliance checks"),
        # money given to someone: the recipient
        ("The party had repaid £500,000 to its former treasurer.", "£500,000", "former treasurer"),
        ("The builder has agreed to pay $1.1bn (£568m) to victims of asbestos diseases.", "$1.1bn", "victims"),
        # a noun bounded by the amount: "donations over £5,000"
        ("Parties must declare all donations over £5,000 to their headquarters.", "£5,000", "donations"),
        ("He would impose a 50% income tax rate on earnings over £100,000 a year.", "£100,000", "earnings"),
        # adjectives between the determiner and the amount
        ("It is the start of an ambitious new 7.5m euro (£5.1m) project funded by the EU.", "7.5m euro", "project"),
        (
            "The chancellor also unveiled a one-off £200 council tax refund for pensioners.",
            "£200",
            "council tax refund",
        ),
        # a restatement the parse reads better lends its object to the figure it restates
        ("The two-screen clamshell gadget costs £99 (149 euros) and 15 games are out.", "£99", "clamshell gadget"),
        # money cut from something
        ("It was forced to cut 6,900 jobs as part of its aim to slash $5bn from its costs.", "$5bn", "costs"),
        # a measure of something names the something: "the value of trade", "the cost of security"
        ("The value of India's overall exports is expected to reach more than $60bn.", "$60bn", "overall exports"),
        ("The cost of security has been estimated at $40,000 per day.", "$40,000", "security"),
    ],
)
def test_names_and_clauses_the_parse_reaches(text, amount, obj):
    assert _object(text, amount) == obj
