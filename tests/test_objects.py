"""What an amount is for (``amounts.object``, issue 11): the phrase the money is for, read
from the parse around it. Every text here is made up; each names its object plainly."""

from __future__ import annotations

import pytest

from pipelines.money import extract_amounts
from pipelines.money.objects import windows


def _objects(text: str) -> list[tuple[str, str | None]]:
    return [(a.text, a.object) for a in extract_amounts(text)]


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # to pay X for Y; to buy Y for X
        ("Qwest has bid $6.3bn for the telecoms group.", "$6.3bn", "telecoms group"),
        ("The firm agreed to buy the factory for about $16m.", "$16m", "factory"),
        ("She sold her stake for £40m last year.", "£40m", "stake"),
        ("The charity match raised £5.9m for flood victims.", "£5.9m", "flood victims"),
        ("Gamers spent £1.3bn on video games in 2004.", "£1.3bn", "video games"),
        ("The group will invest €200m in a new plant.", "€200m", "new plant"),
        # a Y worth X; Y costs X; Y sells for X
        ("Rivals rejected a takeover offer worth $8bn.", "$8bn", "takeover offer"),
        ("The car costs £15,690 in Britain.", "£15,690", "car"),
        ("The sports car sells for £23,900 in Europe.", "£23,900", "sports car"),
        ("Sina said its shares were purchased between 12 January and 10 February for about $230m.", "$230m", "shares"),
        # X in Y; X of Y
        ("The film went on to gross $600m in ticket sales.", "$600m", "ticket sales"),
        ("Yukos is claiming $20bn in damages from the state.", "$20bn", "damages"),
        ("The union will deliver 3m euros (£2.1m; $4.1m) of aid to the region.", "3m euros", "aid"),
        # the level of a subject
        ("Profits at the carmaker slid to just 20m euros.", "20m euros", "Profits"),
        ("Party donations topped £250,000 in the quarter.", "£250,000", "Party donations"),
        ("The demand for $280bn was rejected by the court.", "$280bn", "demand"),
        ("The stock was up 2% at $20.15 by noon.", "$20.15", "stock"),
        ("Its profits slid to just 20m euros last year.", "20m euros", "profits"),
        ("Mercedes' woes - its profits slid to 20m euros - hit the group.", "20m euros", "profits"),
        ("There were also donations topping £250,000 for the party.", "£250,000", "donations"),
        ("The attacks pushed claims up to $37bn in that year.", "$37bn", "claims"),
        ("The Mini Convertible, launched last spring, costs up to £15,690.", "£15,690", "Mini Convertible"),
        ("Brent crude also rose in London, adding $1.89 to $48.62 at the close.", "$48.62", "Brent crude"),
        ("The insurer paid out €300m to cover storm damage.", "€300m", "storm damage"),
        ("Brent crude also rose in London, adding $1.89 to $48.62 at the close.", "$1.89", "Brent crude"),
        ("This weekend's top films took an estimated $125.4m at the box office.", "$125.4m", "top films"),
        ("It could cost £80m to run a national referendum.", "£80m", "national referendum"),
        ("Some 80bn rupees will be spent on building rural roads.", "80bn rupees", "rural roads"),
        ("The bank reported a 20% rise in pre-tax profits to £3.8bn.", "£3.8bn", "pre-tax profits"),
        ("The US imported almost $20bn worth of goods from China.", "$20bn", "goods"),
        ("Shares in the club were up 56 pence by noon.", "56 pence", "Shares"),
        ("Some £14m went on developing the technology.", "£14m", "technology"),
        ("The budget increased spending on health to 102bn rupees.", "102bn rupees", "spending"),
        ("It said revenues were likely to be £6bn this year.", "£6bn", "revenues"),
        ("Thailand may lose 30bn baht (£398m; $768m) in earnings from tourism.", "30bn baht", "earnings"),
        ("US light crude rose $1.64 to $47.10 in New York.", "$1.64", "US light crude"),
        # a unit of something: what the unit is of; a currency priced in another
        ("A barrel of US light crude closed up $1.40 to $49.25 on Monday.", "$49.25", "US light crude"),
        ("A tonne of copper rose $35 to $3,210 in London.", "$35", "copper"),
        ("By midday the dollar had edged higher to 1.3125 euros.", "1.3125 euros", "dollar"),
        # a restatement between a determiner's amount and its noun; a fronted price; a level as a qualifier
        (
            "It will break even on the 1.2bn Australian dollars (£458m; $874m) rebuild, it said.",
            "1.2bn Australian dollars",
            "rebuild",
        ),
        ("Priced at £229, the handheld console is on sale in the UK.", "£229", "handheld console"),
        (
            "Six tape recordings valued at between $30,000 (£16,000) and $50,000 did not sell.",
            "$30,000",
            "tape recordings",
        ),
        ("The majority of seats, priced at between 40 and 65 euros each, sold online.", "40 and 65 euros", "seats"),
        (
            "The card firm has averted collapse following a two trillion won ($1.9bn; £1bn) bail-out.",
            "two trillion won",
            "bail-out",
        ),
        ("The firm's revenue nearly tripled in the quarter, exceeding $86m (£46m).", "$86m", "revenue"),
        # money given to someone
        ("The government pledged £50m to the relief fund.", "£50m", "relief fund"),
        ("The euro fell to $1.2960 against the dollar.", "$1.2960", "euro"),
        ("Liverpool have bid £3.5m for the 28-year-old Spanish international.", "£3.5m", "Spanish international"),
        ("Rich nations spend $300bn (£158.8bn; 230.9bn euros) in farm subsidies.", "$300bn", "farm subsidies"),
        ("The trade gap hit an all-time high of $671.7bn in 2004.", "$671.7bn", "trade gap"),
        ("The firm's profits, which showed a 5% rise to 18.3bn euros, beat forecasts.", "18.3bn euros", "profits"),
        ("The bank's shares were 28 pence lower by midday.", "28 pence", "shares"),
        ("Marsh agreed to pay $850m (£415m) to settle a lawsuit.", "$850m", "lawsuit"),
        ("It would take £40m to stage a takeover of the club.", "£40m", "takeover"),
        ("Monsanto agreed to pay a $1.5m (£799,000) fine for bribery.", "$1.5m", "fine"),
        # a scale glued to a figure ("800m") is parsed as digits
        ("The owners will reject any formal £800m offer for the club.", "£800m", "offer"),
        ("The directors agreed a $168m (£89m) settlement deal with investors.", "$168m", "settlement deal"),
        # "125m" is split by the tokenizer and "m" taken for the noun
        ("The bank had to pay a $125m fine after an inquiry.", "$125m", "fine"),
        # X for Y, the "for" hung on the amount
        ("It is thought Blackburn want £6m for the midfielder.", "£6m", "midfielder"),
        ("Shrek 2 took $881m, compared with $576m for The Incredibles.", "$576m", "Incredibles"),
        # a to-clause whose object is a preposition's: "to get out of a deal"
        ("GM is to pay Fiat 1.55bn euros ($2bn; £1.1bn) to get out of a deal.", "1.55bn euros", "deal"),
        ("GM is to pay Fiat 1.55bn euros ($2bn; £1.1bn) to get out of a deal.", "£1.1bn", "deal"),
        # "US" after an amount is a word of a name, not the pronoun
        ("Sales on DVD outstripped its $74m (£40m) US box office total.", "$74m", "US box office total"),
        # an amount in brackets after the noun it prices
        ("Items sold include iron ingots ($5) and shogun armour ($1.70) in the game.", "$5", "iron ingots"),
        ("Items sold include iron ingots ($5) and shogun armour ($1.70) in the game.", "$1.70", "shogun armour"),
        # parallel amounts: a second figure in a list or a comparison has the first one's object
        ("The average price was £192,713 in England; £139,544 in Wales.", "£139,544", "average price"),
        (
            "Operating profit was 9.5bn kronor (£722m) against 6.3bn kronor last year.",
            "6.3bn kronor",
            "Operating profit",
        ),
        ("Net sales rose to $5bn in 2004 and $4.1bn in 2003.", "$4.1bn", "Net sales"),
        # a determiner, the amount, a noun: the noun, whatever the parse of a short window says
        ("The film is being turned into a £7m musical by producer Jon Thoday.", "£7m", "musical"),
        ("Gazprom is facing a 1bn rouble ($35.7m) back-tax claim.", "1bn rouble", "back-tax claim"),
        ("LG Card averted liquidation following a one trillion won ($960m) bail-out.", "one trillion won", "bail-out"),
        # "as part of Y", "as Y"
        ("GM will pay Fiat $2bn as part of the settlement.", "$2bn", "settlement"),
        # a reduced relative clause: "a certificate, costing £135,"
        ("To get a certificate, costing £135, applicants will have to send proof.", "£135", "certificate"),
        # levels past a record word, and a level after "after reaching"
        ("The budget deficit hit a record $412bn in the 12 months to September.", "$412bn", "budget deficit"),
        ("US crude prices have soared to fresh four-month highs above $53 in the US.", "$53", "US crude prices"),
        ("The deficit hit $412bn in 2004, after reaching $377bn in the previous fiscal year.", "$377bn", "deficit"),
        # a business unit is a thing bought; "Y is worth X"
        ("State-owned Rosneft bought the unit for $9.3bn (£5bn) after the auction.", "$9.3bn", "unit"),
        (
            "The EU estimates that the trade in pirated wares is worth more than 200bn euros a year.",
            "200bn euros",
            "trade",
        ),
        # a noun the tagger took for a verb; an adjective between the determiner and the amount
        ("Shell has signed a $6bn (£3.12bn) deal with the Middle Eastern sheikhdom of Qatar.", "$6bn", "deal"),
        (
            "Sam Brownbeck is set to call for a maximum $3 million (£1.6 million) fine for repeated violations.",
            "$3 million",
            "fine",
        ),
        # a noun, "of", the amount, whatever the parse of the window
        (
            "Alexander followed its opening with a slump to seventh place and takings of $4.7m (£2.4m).",
            "$4.7m",
            "takings",
        ),
        # a to-clause past a pronoun
        (
            "The US firm is thought to be offering about $2bn (£1.06bn) to extricate itself from the arrangement.",
            "$2bn",
            "arrangement",
        ),
        # raised X from Y; "in order to" is no object
        (
            "Analysts expect Jet to raise at least 16.4bn rupees ($375m; £198m) from the offering.",
            "16.4bn rupees",
            "offering",
        ),
        ("Air China plans to raise $1bn (£514m) from the flotation.", "$1bn", "flotation"),
        # "with X" in a clause: its subject
        (
            "New Bruce Willis movie Hostage opened at number four with $9.8m (£5.1m).",
            "$9.8m",
            "Bruce Willis movie Hostage",
        ),
        ("The deal will be financed with $15bn of shares.", "$15bn", "deal"),
        # a change and its level after a second subject; a level past "more than"
        (
            "US light crude rose $1.64 to $47.10, while Brent crude in London gained $1.32 to $44.45.",
            "$44.45",
            "Brent crude",
        ),
        ("In 1996, its share price was more than 200p.", "200p", "share price"),
        # "owes X": a debt, unless the text names what is owed ("owes $2bn in taxes")
        ("The country still owes the lenders' club about $40bn.", "$40bn", "debt"),
        ("The chain listed a food maker, which it owes $11.2m, as its biggest creditor.", "$11.2m", "debt"),
        ("The tax office says the firm owes more than $9bn in back taxes.", "$9bn", "back taxes"),
        # "the $50 mark": the mark stands for the amount
        ("Oil prices climbed above the $50 mark on Tuesday.", "$50", "Oil prices"),
        ("Annual sales broke through the $4 trillion mark for the first time.", "$4 trillion", "Annual sales"),
        ("The value of the housing stock reached the £3.3 trillion mark in 2004.", "£3.3 trillion", "housing stock"),
        # a relative clause or an aside between the subject and its level
        (
            "The thriller, released in Britain in October, drew poor reviews but went on to make $76m.",
            "$76m",
            "thriller",
        ),
        (
            "Shares in the carrier, which changed its name from Worldcom after bankruptcy, were up 2.4% at $20.15.",
            "$20.15",
            "Shares",
        ),
        # an amount in apposition between dashes names the noun before them
        (
            "Its surcharge revenues - £160m - fall short of its fuel costs - a predicted extra £250m.",
            "£250m",
            "fuel costs",
        ),
        ("The duo do not think the price offered - 300p a share - is high enough.", "300p", "price"),
        ("The club fined the striker two weeks' wages - about £80,000 - after the row.", "£80,000", "wages"),
        ("Its surcharge revenues - £160m - fall short of its fuel costs.", "£160m", "surcharge revenues"),
        # a list of figures shares its object
        ("Spurs had seen previous bids of £3m, £4m and £5m for the defender rejected.", "£4m", "previous bids"),
        ("Spurs had seen previous bids of £3m, £4m and £5m for the defender rejected.", "£5m", "previous bids"),
        # a qualifier ending in "of" is part of the amount, not its object
        ("Inter have put a price tag in the region of £40m on the striker.", "£40m", "price tag"),
        ("The club wants a fee in excess of £12m for the defender.", "£12m", "fee"),
        ("The council expects savings in the area of £3m next year.", "£3m", "savings"),
        # "fined X": a fine
        ("Twenty TV stations were fined $550,000 (£300,000) by the regulator.", "$550,000", "fine"),
        # a time is no object; a name with "of" in it is kept whole
        (
            "A Series of Unfortunate Events, starring Jim Carrey, took $30.2m in its debut weekend.",
            "$30.2m",
            "Series of Unfortunate Events",
        ),
        # "which" stands for the noun it follows, also under a reporting verb in its clause
        ("Critics attacked the leaflet, which the ministry says has cost about £2,500 to print.", "£2,500", "leaflet"),
        ("It will top up its legal reserves, which it had set at $500m.", "$500m", "legal reserves"),
        # "one of", "part of", "some of" a thing: the thing
        (
            "The bank said it would spend $3.3bn to buy one of the country's main retail banks.",
            "$3.3bn",
            "main retail banks",
        ),
        # a purpose a clause deeper: "to help keep down X", "to help pay for X"
        ("The chancellor earmarked £1bn to help keep down council tax rises.", "£1bn", "council tax rises"),
        # "-worth of" glued to the amount reads as "worth of"
        ("The country exported more than $1.2bn-worth of beans last year.", "$1.2bn", "beans"),
        # "with Y at X": Y is at the level, not the clause's subject
        ("Just 250 guests attended with ticket prices at $5.", "$5", "ticket prices"),
        # "sent Y up X": Y moved, not what moved it
        ("The latest news sent shares in the firm up 8.5p.", "8.5p", "shares"),
        # a change noun's compound names what changed: "a budget rise by X"
        ("The plans would see the army's budget rise by $19bn.", "$19bn", "budget"),
        # a subject the tagger read as a verb ("remittances" VBZ)
        (
            "The Inter-American Development Bank estimates that remittances to Latin America reached $45bn in 2004.",
            "$45bn",
            "remittances",
        ),
        # no subject in the parse: the noun right before the verb
        (
            "According to research by Goldman Sachs & Co, Harris Interactive and Neilsen/Net Ratings sales surged "
            "25% over the holiday season to $23.2bn.",
            "$23.2bn",
            "sales",
        ),
        # "fell to a low of X": the level of the verb's subject
        ("The firm's shares fell to a four month low of A$4.50, before recovering.", "A$4.50", "shares"),
    ],
)
def test_the_phrase_the_money_is_for(text, amount, obj):
    assert (amount, obj) in _objects(text)


def test_who_is_sued_for_a_sum_is_not_its_object():
    assert ("$25m", "rapper") not in _objects("The rapper has been sued for $25m by a make-up artist.")


def test_who_pays_a_record_sum_is_not_its_object():
    found = _objects("Mexican labourers living in the US sent a record $16.6bn (£8.82bn) home last year.")
    assert ("$16.6bn", "Mexican labourers") not in found
    assert ("$412bn", "trade deficit") in _objects("The trade deficit hit a record $412bn last year.")


def test_a_measure_before_a_change_noun_is_not_what_changed():
    found = _objects(
        "The new dividend rate represents a 32 pct increase over the 12-1/2 cts paid quarterly on a pre-split basis."
    )
    assert all(obj != "pct" for _, obj in found)


def test_figures_without_an_object_have_none():
    assert _objects("He said it was worth it at $5.") == [("$5", None)]
    # a complex preposition ("in the face of") gives no object
    assert ("1.4bn rupees", "Sales") in _objects("Sales fell 25% to 1.4bn rupees in the face of strong competition.")
    assert ("$10bn", None) in _objects(
        "Mr Brown will need to raise about $10bn a year in order to sustain the finances."
    )
    assert _objects("That scheme has paid out £25m in four years, with £8m available for 2005.")[-1] == ("£8m", None)
    # a second figure with a verb of its own is not parallel to the first
    assert ("£2m", None) in _objects("Profits were £5m and he said the firm had repaid £2m.")
    assert _objects("The index rose $2 to $40 in 2004.")[-1] == ("$40", "index")
    # a dash that opens a clause, a change or a comparison is no apposition
    for text in (
        "He was driven by wealth - spending about $200m in six years.",
        "He took action against the government - and settled for £65,000 in the end.",
    ):
        assert all(obj not in ("government", "wealth") for _, obj in _objects(text)), text
    # the noun of a qualifier ("the region", "the tune") names no object
    for text in (
        "He is said to have looted the firm to the tune of $600m.",
        "Staff were earning in excess of $234,000 a year.",
        "Buyers will spend in the region of £200m over the holiday.",
    ):
        assert all(obj not in ("tune", "excess", "region") for _, obj in _objects(text)), text


def test_a_semicolon_inside_brackets_does_not_end_the_window():
    text = "The union will deliver 3m euros (£2.1m; $4.1m) of aid to the region."
    s = text.index("3m euros")
    [(a, b)] = windows(text, [(s, s + len("3m euros"))])
    assert "of aid" in text[a:b]


def test_a_glued_scale_is_parsed_as_digits_at_the_same_offsets():
    from pipelines.money.objects import _plain_figures

    text = "A £800m offer and 5bn yen."
    spans = [(2, 7), (18, 25)]
    assert _plain_figures(text, spans, 0, len(text)) == "A £8000 offer and 500 yen."


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        ("Chelsea will test Rovers with a £30m-plus bid in the summer.", "£30m", "bid"),
        ("He will start the £100,000-a-year job immediately.", "£100,000", "job"),
        ("The board turned down the A$4.17-a-share takeover proposal.", "A$4.17", "takeover proposal"),
    ],
)
def test_a_suffix_glued_to_the_amount_leaves_the_noun_after_it_its_object(text: str, amount: str, obj: str) -> None:
    assert (amount, obj) in _objects(text)
