"""The noun phrase an object rule (``object_rules``) returns: a noun with the modifiers to its
left (``phrase``), the subject of a verb (``subject_phrase``), and the part of speech read from
the fine-grained tag (``pos``)."""

from __future__ import annotations

from pipelines.money.object_words import (
    MAX_WORDS,
    MEASURE_OF,
    MODIFIER_DEPS,
    PART_OF,
    SCALE_TOKENS,
    SUBJECT_UNITS,
    SUM_NOUNS,
    TIME_WORDS,
    UNITS_OF,
)


def pos(tok) -> str:
    """The coarse part of speech from the fine-grained (Penn Treebank) tag."""
    tag = tok.tag_
    if tag in ("NN", "NNS"):
        return "NOUN"
    if tag in ("NNP", "NNPS"):
        return "PROPN"
    if tag.startswith("JJ"):
        return "ADJ"
    if tag.startswith("VB") or tag == "MD":
        return "VERB"
    if tag in ("IN", "TO"):
        return "ADP"
    if tag.startswith("RB") or tag == "RP":
        return "ADV"
    return tok.pos_ or tag


def attached_hyphen_before(tok) -> bool:
    doc = tok.doc
    return (
        tok.i >= 2
        and doc[tok.i - 1].text in ("-", "–")
        and not doc[tok.i - 1].whitespace_
        and not doc[tok.i - 2].whitespace_
    )


def is_currency_word(word: str) -> bool:
    from pipelines.money.grammar import _word_entry

    return _word_entry(word)[1] is not None


def named_sum(head) -> bool:
    """A bare money noun that a noun before it names: "box office total", "prize money"."""
    if head.lower_ not in SUM_NOUNS or head.i == 0:
        return False
    before = head.doc[head.i - 1]
    return (
        before.dep_ == "compound"
        and before.head.i == head.i
        and pos(before) in ("NOUN", "PROPN")
        and before.is_alpha
        and not is_currency_word(before.lower_)
    )


_CLAUSE_DEPS = frozenset(("ccomp", "xcomp", "conj", "advcl"))


def antecedent(pronoun):
    """The common noun a relative "which" stands for: the head of its relative clause, also from a
    clause inside it ("the leaflet, which the ministry says has cost ..."); None when it has none,
    or when that head is a name ("an offer from Xstrata, which the firm raised": the parse hangs
    the clause on the nearest noun, and a name is seldom what money is for)."""
    verb = pronoun.head
    for _ in range(3):
        if verb.dep_ == "relcl":
            return verb.head if verb.head.i < pronoun.i and pos(verb.head) == "NOUN" else None
        if verb.dep_ not in _CLAUSE_DEPS or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def capitalised(tok) -> bool:
    return tok.is_alpha and tok.text[0].isupper() and pos(tok) in ("PROPN", "NOUN", "ADJ")


def phrase(head, taken: set[int], proper: bool = False, tagged: bool = True, currency: bool = False) -> str | None:
    """The noun ``head`` with its compound and adjective modifiers to its left (tokens of
    an amount, ``taken``, are never part of it); ``proper`` lets a name be the head ("bid
    $6bn for MCI"); ``tagged=False`` takes ``head`` as a noun whatever its tag; ``currency``
    lets a currency be the head (the object of its own exchange rate)."""
    if head.lower_ == "which" and (noun := antecedent(head)) is not None:
        return phrase(noun, taken, proper, tagged, currency)  # "the leaflet, which has cost £2,500"
    if head.lower_ in PART_OF and head.i not in taken:  # "to buy one of the country's banks"
        of = [g for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.rights if g.dep_ == "pobj"]
        if of and of[0].i not in taken:
            return phrase(of[0], taken, proper=True)
    if (tagged and pos(head) not in (("NOUN", "PROPN") if proper else ("NOUN",))) or head.i in taken:
        return None
    low = head.lower_
    if low in MEASURE_OF or low in UNITS_OF:  # "the value of India's exports", "a barrel of crude"
        of = [g for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.rights if g.dep_ == "pobj"]
        if of and of[0].i not in taken:
            return phrase(of[0], taken, proper=True)
    alpha = head.is_alpha or (proper and pos(head) == "PROPN" and any(c.isalpha() for c in head.text))
    if (low in TIME_WORDS and not (proper and low in SUBJECT_UNITS) and not named_sum(head)) or not alpha:
        return None
    if head.like_num or low in SCALE_TOKENS:  # "204.3m": a figure whose scale the parser made a noun
        return None
    if is_currency_word(low) and not currency:
        return None
    doc = head.doc
    if attached_hyphen_before(head):
        # "one-way", "all-time high": take the whole hyphenated word, or nothing
        first = doc[head.i - 2]
        if first.i in taken or not first.is_alpha or first.like_num:
            return None
        left = first.i
    else:
        left = head.i
    while left > 0:
        # the next word to the left, a modifier of the head or of a word already taken in
        # ("US box office total": "box" modifies "office")
        child = doc[left - 1]
        if (
            child.dep_ in MODIFIER_DEPS
            and left <= child.head.i <= head.i
            and child.is_alpha
            and child.i not in taken
            and not child.like_num
            and pos(child) in ("NOUN", "ADJ", "PROPN", "VERB")
            and not is_currency_word(child.lower_)
        ):
            left = child.i
            if attached_hyphen_before(child) and doc[child.i - 2].is_alpha and doc[child.i - 2].i not in taken:
                left = child.i - 2
        else:
            break
    left = max(left, head.i - MAX_WORDS + 1)
    if doc[left].text in ("-", "–"):
        left += 1
    if left < head.i and left > 0 and doc[left - 1].text in ("-", "–") and not doc[left - 1].whitespace_:
        left += 1  # "28-year-old Spanish international": not the end of a hyphenated word
    if pos(head) == "PROPN" and all(capitalised(t) for t in doc[left : head.i]):
        left = _possessor(head, left, taken)
    return doc[left : _name_end(head, taken) + 1].text


def _possessor(head, left: int, taken: set[int]) -> int:
    """Where a name that starts at ``left`` starts when it holds a name's possessive ("Howl's
    Moving Castle"): the possessor, else ``left``."""
    doc = head.doc
    k = left - 1
    if k >= 1 and doc[k].tag_ == "POS" and doc[k - 1].dep_ == "poss" and doc[k - 1].head.i == head.i:
        owner = doc[k - 1]
        if owner.tag_ in ("NNP", "NNPS") and owner.i not in taken:
            return owner.i
    return left


_NAME_PREPS = ("of", "on")


def _name_end(head, taken: set[int]) -> int:
    """The last token of the name a noun phrase ends in: a title in apposition right after its
    describing noun ("comedy Son of the Mask", "movie Sideways"), and a capitalised word's "of"
    or "on" with a capitalised object ("Bank of England", "Return of the King", "Assault On
    Precinct 13")."""
    doc = head.doc
    right = head.i
    nxt = doc[right + 1] if right + 1 < len(doc) else None
    if pos(head) == "NOUN" and nxt is not None and nxt.tag_ in ("NNP", "NNPS") and nxt.i not in taken:
        name = nxt
        while name.dep_ == "compound" and name.head.i == name.i + 1 and capitalised(name.head):
            name = name.head
        if name.dep_ == "appos" and name.head.i == head.i:
            right = name.i
    last = doc[right]
    if not capitalised(last):
        return right
    k = right + 1
    if k + 1 < len(doc) and doc[k].lower_ in _NAME_PREPS and doc[k].head.i == last.i:
        j = k + 1
        if doc[j].lower_ == "the" and j + 1 < len(doc):
            j += 1
        if capitalised(doc[j]) and doc[j].i not in taken:
            right = j
            while (
                right + 1 < len(doc)
                and right + 1 - head.i <= MAX_WORDS + 2
                and doc[right + 1].i not in taken
                and (capitalised(doc[right + 1]) or (doc[right + 1].like_num and doc[right + 1].dep_ == "nummod"))
            ):
                right += 1
    return right


def subject_phrase(verb, taken: set[int], proper: bool = False) -> str | None:
    """The noun subject of a verb (or of the verb it depends on: "rose ... to reach"), the
    nearest when there are two ("Mercedes' woes - its profits slid to 20m euros"); for a
    verb that modifies a noun, that noun ("donations topping £250,000"); for a participle with
    no subject up its clauses, the noun before its comma ("a certificate, costing £135,")."""
    first = verb
    for _ in range(3):
        subj = [c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[-1].tag_ == "WDT" and verb.dep_ == "relcl":  # "profits, which rose to"
            return phrase(verb.head, taken, proper)
        if subj:  # a plural the tagger read as a verb is still the subject ("remittances reached")
            misread = subj[-1].tag_ == "VBZ" and subj[-1].is_alpha and subj[-1].lower_.endswith("s")
            return phrase(subj[-1], taken, proper, tagged=not misread)
        if verb.dep_ == "acl" and verb.head.i < verb.i:
            return phrase(verb.head, taken, proper)
        if verb.dep_ in ("xcomp", "conj", "advcl", "acomp", "pcomp", "prep") and verb.head.i != verb.i:
            verb = verb.head
            continue
        break
    doc = first.doc
    if first.tag_ == "VBG" and first.i >= 2 and doc[first.i - 1].text == "," and pos(doc[first.i - 2]) == "NOUN":
        return phrase(doc[first.i - 2], taken, proper)
    if first.dep_ == "ROOT" and first.i >= 1 and doc[first.i - 1].tag_ == "NNS":
        # a subject the parse hung elsewhere ("... Neilsen/Net Ratings sales surged"): without
        # the names the parse glued onto it
        found = phrase(doc[first.i - 1], taken)
        words = found.split() if found else []
        while len(words) > 1 and words[0][:1].isupper():
            words.pop(0)
        return " ".join(words) or None
    return None


def currency_subject(verb, taken: set[int]) -> str | None:
    """A currency that is the subject of the verb, with its modifiers: an exchange rate is the
    price of a currency ("the dollar had edged higher to 1.31 euros", "the US dollar fell")."""
    subj = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if not subj or not is_currency_word(subj[-1].lower_):
        return None
    return phrase(subj[-1], taken, proper=True, currency=True)
