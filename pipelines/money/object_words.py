"""The closed word lists the object rules (``object_rules``) and the surface triggers that decide
whether an amount is parsed (``objects.reach``) read: time and unit nouns, prepositions and verbs
of each money construction, and the function words that make no object."""

from __future__ import annotations

TIME_WORDS = frozenset(
    "year years month months week weeks day days quarter quarters period time times "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday decade decades half total "
    "cash money funds sum amount figure figures level levels record mark barrel share shares "
    "head person people tonne ton ounce litre gallon kilo night ticket trading "
    "high low peak maximum minimum annum pint pints weekend weekends season seasons".split()
)
# "a $74m box office total", "£1m in prize money": a money noun is an object only when a noun names it
SUM_NOUNS = frozenset("total sum amount figure cash money funds".split())
SUBJECT_UNITS = frozenset(("share", "shares"))  # "$5 a share" has no object; "shares rose to $5" has
MODIFIER_DEPS = {"compound", "amod", "nmod"}
OBJECT_PREPS = {"of", "in", "worth"}
UP_PREPS = {"of", "worth", "at", "for"}
LEVEL_PREPS = {"to", "from", "at", "by", "around", "above", "below", "near", "over", "under", "through", "past"}
LEVEL_VERBS = frozenset(
    "reach reached reaches reaching hit hits hitting total totals totalled totaled totalling "
    "totaling top tops topped topping exceed exceeds exceeded exceeding surpass surpassed".split()
)
# "the film took $80m", "Barclays made £3bn": the subject earned the amount
EARN_VERBS = frozenset(
    "take takes took taking taken make makes made making earn earns earned earning gross grosses "
    "grossed grossing generate generates generated generating bring brings brought bringing".split()
)
# "raised £5.9m for flood victims", "to raise $1bn from the flotation", "the offer raised $1.2bn"
RAISE_VERBS = frozenset("raise raises raised raising".split())
RECORD_NOUNS = frozenset("high highs low lows peak peaks record records".split())  # "hit a record high of $5bn"
CHANGE_NOUNS = frozenset("rise rises increase increases fall falls drop jump decline growth cut".split())
# "Brent crude rose, adding $1.89": a change of the subject
CHANGE_VERBS = frozenset(
    "add adds added adding gain gains gained gaining lose loses lost losing shed sheds shedding".split()
)
# "was fined $550,000": a fine
FINE_VERBS = frozenset("fine fined fines fining".split())
VALUED = frozenset("worth valued totalling totaling costing priced estimated worthy".split())
# "bid $6bn for the group", "spent £1bn on games", "invest €2m in a plant": what is paid for
PURPOSE_PREPS = ("for", "on", "in", "into", "towards", "as")
# "the value of trade rose to $5m", "the cost of security was put at $40,000": a measure of
# something, whose object is the something
MEASURE_OF = frozenset("value values cost costs mass bulk part amount total sum level levels majority".split())
# "to buy one of the country's banks", "some of its assets": the thing a part is of
PART_OF = frozenset("one some most all each many several any half none both".split())
# "prices rose above the $50 mark", "sales hit the $50m level": the noun stands for the amount
MARK_NOUNS = frozenset("mark marks barrier level threshold ceiling".split())
# "a barrel of US crude closed up $1.40": the price of a unit is the price of what it measures
UNITS_OF = frozenset("barrel barrels tonne tonnes ton tons ounce ounces litre litres gallon gallons pint pints".split())
# "repaid £500,000 to its former treasurer", "donated $5m to local causes": money given to someone
GIVE_VERBS = frozenset(
    "pay pays paid paying repay repays repaid repaying give gives gave given giving donate donates "
    "donated donating return returns returned returning lend lends lent lending hand hands handed "
    "handing contribute contributes contributed contributing award awards awarded awarding "
    "pledge pledges pledged pledging commit commits committed committing".split()
)
# "owes the Paris Club $48bn", "which it owes $15.1m": money owed is a debt
OWE_VERBS = frozenset("owe owes owed owing".split())
# "its shares were purchased for $230m": the passive's subject is what changed hands
BOUGHT = frozenset("bought purchased acquired sold auctioned leased rented".split())
# "labourers sent a record $16.6bn home", "fans spent a record £1bn": the subject pays, it is not the money's object
PAYER_VERBS = GIVE_VERBS | RAISE_VERBS | frozenset("send sends sent sending spend spends spent spending".split())
# "slash $5bn from its costs", "cut £35bn from public services": what the money is cut from
CUT_VERBS = frozenset("cut cuts cutting slash slashes slashed slashing trim trims trimmed trimming".split())
# "a price tag in the region of £40m", "looted it to the tune of $600m": a phrase ending in "of"
# that only qualifies the amount; its noun is part of the amount, never its object
OF_QUALIFIERS = (
    ("in", "the", "region", "of"),
    ("in", "the", "area", "of"),
    ("in", "the", "order", "of"),
    ("of", "the", "order", "of"),
    ("on", "the", "order", "of"),
    ("to", "the", "tune", "of"),
    ("in", "excess", "of"),
    ("upwards", "of"),
)
# "paid $2bn as part of the settlement": the whole the amount is part of
WHOLE_OF = frozenset("part parts share".split())
# words before an amount that make it modify the noun after it: "a £7m musical"
DETERMINERS = frozenset("a an the this that its their his her our your my".split())
# "£14m went on developing the technology": the amount is the subject
GO_VERBS = frozenset("go goes went going gone".split())
# "the car costs £15,690", "it sells for £23,900": the subject is what the price is of
PRICE_VERBS = frozenset(
    "cost costs costing sell sells selling sold retail retails retailed fetch fetches fetched "
    "go goes went priced".split()
)
MAX_WORDS = 4

# words that make no object on their own
FUNCTION_WORDS = frozenset(
    "a an the and or nor but to from for at by on with as than that which who whom whose "
    "this these those is was were are be been being am has had have having will would "
    "could should may might can must shall do does did per each every last next ago "
    "compared against after before while when whereas since until into onto over under "
    "up down more less if so it its they them their he him his she her we us our i you "
    "your also only just now then still yet not no already even about around some nearly "
    "almost roughly approximately between among within without through during including "
    "plus minus respectively year years month months week weeks day days share apiece "
    "there here where why how what".split()
)
SCALE_TOKENS = frozenset(("m", "bn", "k", "b", "mn", "mln", "bln", "million", "billion", "trillion"))
# "in the face of", "in the wake of": complex prepositions, whose noun is no object ("sales fell
# to 1.4bn rupees in the face of competition")
COMPLEX_PREP_NOUNS = frozenset(
    "face wake form region light event case course middle midst absence name hands shape excess "
    "spite favour favor place charge terms line front process lieu run view wave order".split()
)
