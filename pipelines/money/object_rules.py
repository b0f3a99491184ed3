"""Reading what an amount is for from the dependency parse around it (``object_of``).

The rules, tried in order: (1) "£57bn of military aid", "$48bn in assets", "$5m worth of
arms"; (2) the amount modifies a noun after it: "a $300m contract"; (3) the amount
completes a noun before it: "a fine of £5m", "a package worth £5bn", "a deal valued at
$5m"; (4) what is paid for: "bid $6bn for MCI", "spent £1bn on games", "paid €300m to
cover damage", "buy the factory for $16m", and the subject of a price or takings verb:
"the car costs £15,690", "the film took $80m"; (5) the amount is the level of the subject
of its clause: "quarterly sales rose 2% to $11bn", "revenues were £4.3bn", "a rise in
profits to £3.8bn"; (6) a "for" hung on the amount: "want £6m for the midfielder".
"""

from __future__ import annotations

from pipelines.money.object_phrases import attached_hyphen_before, currency_subject, phrase, pos, subject_phrase
from pipelines.money.object_words import (
    BOUGHT,
    CHANGE_NOUNS,
    CHANGE_VERBS,
    COMPLEX_PREP_NOUNS,
    CUT_VERBS,
    DETERMINERS,
    EARN_VERBS,
    FINE_VERBS,
    FUNCTION_WORDS,
    GIVE_VERBS,
    GO_VERBS,
    LEVEL_PREPS,
    LEVEL_VERBS,
    MARK_NOUNS,
    MAX_WORDS,
    MEASURE_OF,
    OBJECT_PREPS,
    OF_QUALIFIERS,
    OWE_VERBS,
    PAYER_VERBS,
    PRICE_VERBS,
    PURPOSE_PREPS,
    RAISE_VERBS,
    RECORD_NOUNS,
    SCALE_TOKENS,
    SUM_NOUNS,
    TIME_WORDS,
    UP_PREPS,
    VALUED,
    WHOLE_OF,
)


def _root(span):
    """The head of an amount's tokens: its figure rather than a stray piece of it (the
    tokenizer reads the "m." of a sentence-final "£5m." as an abbreviation, which the
    parser then hangs on the verb)."""
    outside = [t for t in span if not (span.start <= t.head.i < span.end) or t.head is t]
    figures = [t for t in outside if t.tag_ == "CD" or t.like_num]
    return figures[0] if figures else span.root


_MARK_DEPS = frozenset(("compound", "nmod", "amod", "nummod", "quantmod", "npadvmod"))


def _with_qualifier(doc, span):
    """The amount's span widened over a qualifier ending in "of" right before it ("in the region
    of £40m"), whose noun is the amount's, not its object; and whether it was widened."""
    for words in OF_QUALIFIERS:
        k = span.start - len(words)
        if k >= 0 and tuple(t.lower_ for t in doc[k : span.start]) == words:
            return doc[k : span.end], True
    return span, False


def object_of(doc, s: int, e: int, taken: set[int] | None = None) -> str | None:
    """The object of the amount at characters s..e of doc; ``taken`` are the indices of
    tokens inside amounts (which never form part of an object)."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    span, qualified = _with_qualifier(doc, span)
    taken = set(taken or ()) | {t.i for t in span}
    toks = list(span)
    # a restatement in brackets right after the amount may carry the "of": "€65bn (£57bn) of aid"
    j = span.end
    while j < len(doc) and (j in taken or doc[j].is_punct) and doc[j].text not in (".", "!", "?"):
        toks.append(doc[j])
        j += 1
    root = _root(span)
    if root.dep_ == "quantmod" and root.head.i in taken and root.head.i >= span.end:
        root = root.head  # "adding $1.89 to $48.62": the change is of what the level is of
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in MEASURE_OF:
        root = root.head.head  # "pay a total of $515m to settle": the total stands for the amount
    if root.head.lower_ in MARK_NOUNS and root.head.i >= span.end and root.dep_ in _MARK_DEPS:
        root = root.head  # "prices rose above the $50 mark": the mark stands for the amount
    return (
        _object_after(doc, toks, j, taken)
        or _owed(root, span)
        or _dash_apposition(doc, span, taken)
        or _modified_noun(root, span, taken, doc[j] if j < len(doc) else None)
        or _noun_before(doc, span, taken, qualified)
        or _completed_noun(root, span, taken)
        or _purpose(root, span, taken)
        or _level_subject(root, span, taken)
        or _paid_for(toks, taken)
        or _to_clause(toks, taken)
        or _noun_after(doc, span, j, taken)
    )


def _owed(root, span) -> str | None:
    """The object of "owe" is a debt ("owes the Paris Club about $48bn"), when no "in" or "of"
    after the amount names what is owed ("owes $27bn in taxes", rule 1)."""
    head = root.head
    if head.lower_ in OWE_VERBS and pos(head) == "VERB" and head.i < span.start and root.dep_ in ("dobj", "npadvmod"):
        return "debt"
    return None


def _object_after(doc, toks: list, j: int, taken: set[int]) -> str | None:
    """Rule 1: "£57bn of military aid", "$48bn in assets", "$5m worth of weapons"; also
    "of"/"worth" right after the amount (token ``j``) when the parse hangs it on the verb."""
    for t in toks:
        for child in t.rights:
            if child.i in taken or child.dep_ != "prep" or child.lower_ not in OBJECT_PREPS:
                continue
            target = child
            if child.lower_ == "worth":
                nested = [c for c in child.rights if c.dep_ == "prep" and c.lower_ == "of"]
                if nested:
                    target = nested[0]
            objs = [c for c in target.rights if c.dep_ == "pobj" and c.lower_ not in COMPLEX_PREP_NOUNS]
            if objs:
                p = phrase(objs[0], taken)
                if p:
                    return p
    if j < len(doc) and doc[j].lower_ in ("of", "worth", "in") and doc[j].dep_ == "prep":
        objs = [c for c in doc[j].rights if c.dep_ == "pobj" and c.lower_ not in COMPLEX_PREP_NOUNS]
        if objs:
            return phrase(objs[0], taken)
    return None


def _paid_for(toks: list, taken: set[int], preps: tuple[str, ...] = ("for",)) -> str | None:
    """Rule 6: a "for" (or one of ``preps``) hung on the amount itself: "want £6m for the
    midfielder", "compared with $576m for The Incredibles", "charge £1 for every megabyte"."""
    for t in toks:
        for child in t.rights:
            if child.dep_ == "prep" and child.lower_ in preps and child.i not in taken:
                objs = [c for c in child.rights if c.dep_ == "pobj"]
                p = phrase(objs[0], taken, proper=True) if objs else None
                if p:
                    return p
    return None


def _modified_noun(root, span, taken: set[int], nxt=None) -> str | None:
    """Rule 2: "a $300m contract", "£100 player": the amount modifies a noun after it."""
    head = root.head
    if (
        head is not root
        and head.i > span.end - 1
        and root.dep_ in ("compound", "nmod", "amod", "nummod", "quantmod", "npadvmod", "dep")
    ):
        if head.lower_ == "worth":  # "$20bn worth of goods", parsed with "worth" as a noun
            objs = [g for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.rights]
            return phrase(objs[0], taken) if objs and objs[0].dep_ == "pobj" else None
        # a noun modifier's head is a noun whatever its tag ("a $6bn deal", "deal" tagged a verb)
        mistagged = root.dep_ in ("compound", "nmod", "nummod") and head.tag_ in ("VB", "VBP", "VBZ", "JJ")
        return phrase(head, taken, tagged=not mistagged)
    # "a $125m fine", "a $1.5m (£799,000) fine": the tokenizer splits "125m" and the parser
    # makes "m" the noun, with the word after it (``nxt``, past any restatement) as its
    # modifier or as a second object of the verb
    if (
        nxt is not None
        and (
            (nxt.head.i == root.i and nxt.dep_ in ("amod", "compound"))
            or (nxt.head.i == root.head.i and nxt.dep_ == root.dep_ == "dobj")
        )
        and root.lower_ in SCALE_TOKENS
        and nxt.is_alpha
        and nxt.lower_ not in FUNCTION_WORDS
    ):
        return phrase(nxt, taken, tagged=False)
    if nxt is not None and _noun_past_restatement(span, nxt):
        return phrase(nxt, taken, tagged=False)
    return None


def _noun_past_restatement(span, nxt) -> bool:
    """Whether ``nxt``, right after the amount's restatement in brackets, is the noun of the
    determiner before the amount, which the brackets cut it from ("the 1.2bn Australian dollars
    (£458m; $874m) rebuild,", the parser reading "rebuild" as a verb): a lower-case noun, or a
    verb form that a punctuation mark ends."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ not in DETERMINERS or nxt.i <= span.end:
        return False
    if not (nxt.is_alpha and nxt.is_lower) or nxt.lower_ in FUNCTION_WORDS or nxt.lower_ in TIME_WORDS:
        return False
    after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    if after is not None and after.text in ("-", "‐", "–"):
        return False  # a hyphenated noun ("back-tax claim", "bail-out") is read whole by a later rule
    ends = after is not None and after.is_punct
    return nxt.tag_ in ("NN", "NNS") or (nxt.tag_ in ("VB", "VBP") and ends)


def _completed_noun(root, span, taken: set[int]) -> str | None:
    """Rule 3: "a fine of £5m", "a package worth £5bn", "a deal valued at $5m"; also a
    figure the parser hangs on the noun before it ("pushed claims up to $37bn")."""
    head = root.head
    if root.dep_ in ("nummod", "appos") and pos(head) == "NOUN" and head.i < span.start and head.i not in taken:
        return phrase(head, taken)
    node = root
    for _ in range(3):
        if node.dep_ not in ("pobj", "npadvmod", "dobj", "acomp", "prep", "acl", "amod"):
            return None
        up = node.head
        if up is node:
            return None
        if up.dep_ == "prep" or pos(up) == "ADP":
            if up.lower_ not in UP_PREPS:
                return None
            node = up
            continue
        if pos(up) == "NOUN" and up.i < span.start:
            return phrase(up, taken)
        if pos(up) in ("VERB", "ADJ") and up.dep_ in ("acl", "amod") and up.lower_ in VALUED:
            node = up
            continue
        if pos(up) == "ADJ" and up.lower_ == "worth":
            node = up
            continue
        return None
    return None


def _purpose(root, span, taken: set[int]) -> str | None:
    """Rule 4: what is paid for. "bid $6bn for MCI", "spent £1bn on games", "invest €2m in
    a plant", "paid €300m to cover damage", "€80m will be spent on roads" (after the
    amount); "buy the factory for $16m" (the object of the verb it is paid in); "the car
    costs £15,690", "the film took $80m" (the subject of a price or takings verb)."""
    head = root.head
    if head.lower_ in FINE_VERBS and pos(head) == "VERB" and head.i < span.start:
        return "fine"  # "CBS was fined $550,000": the verb names what the money is
    if root.dep_ == "nsubj" and head.lower_ in GO_VERBS:
        return _purpose_after(head, span, taken)
    # the object of a giving verb is at times parsed as its adverb ("pledged £50m to the fund")
    given = root.dep_ == "npadvmod" and head.lower_ in GIVE_VERBS
    if (root.dep_ in ("dobj", "nsubjpass") or given) and pos(head) == "VERB":
        if head.lower_ in LEVEL_VERBS | CHANGE_VERBS:
            return None  # "donations topping £250,000 for the party": a level (rule 5)
        if head.lower_ in CUT_VERBS and head.i < span.start:  # "slash $5bn from its costs"
            found = _purpose_after(head, span, taken, ("from",))
            if found:
                return found
        if head.lower_ in RAISE_VERBS and head.i < span.start:
            # "raised £5.9m for flood victims", "plans to raise $1bn from the flotation" (the
            # subject is most often who raises it, not what for)
            return _purpose_after(head, span, taken, ("from",)) or _paid_for(list(span), taken, ("for", "from"))
        if head.lower_ in PRICE_VERBS | EARN_VERBS and head.i < span.start:
            subject = subject_phrase(head, taken, proper=True)
            if subject:
                return subject
        # "pushed claims up to $37bn": the verb's other object is what the amount measures,
        # unless a purpose follows ("paying the regulator $250m to settle charges")
        others = [c for c in head.children if c.dep_ == "dobj" and c.i < span.start]
        found = _purpose_after(head, span, taken)
        if not found and head.lower_ in GIVE_VERBS:  # "repaid £500,000 to its former treasurer"
            found = _purpose_after(head, span, taken, ("to",))
        if found or not others:
            return found
        return phrase(others[-1], taken, proper=True)
    if root.dep_ == "pobj" and head.lower_ == "for" and pos(head.head) == "VERB" and head.head.i < span.start:
        verb = head.head
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.i < head.i]
        if objs:
            return phrase(objs[0], taken, proper=True)
        # "its shares were purchased for $230m"; not "Snoop Dogg has been sued for $25m"
        passive = verb.lower_ in BOUGHT and any(c.dep_ == "nsubjpass" for c in verb.children)
        if verb.lower_ in PRICE_VERBS or passive:
            return subject_phrase(verb, taken, proper=True)
    return None


def _purpose_after(verb, span, taken: set[int], sources: tuple[str, ...] = ()) -> str | None:
    """What a preposition (or one of ``sources``) or a to-clause after the amount says it is for."""
    for child in verb.rights:
        if child.i < span.end:
            continue
        if child.dep_ == "prep" and (child.lower_ in PURPOSE_PREPS or child.lower_ in sources):
            objs = [c for c in child.rights if c.dep_ == "pobj" and c.lower_ not in COMPLEX_PREP_NOUNS]
            # "spent on building roads": the object of the gerund
            objs = objs or [g for c in child.rights if c.dep_ == "pcomp" for g in c.rights if g.dep_ == "dobj"]
            if child.lower_ == "as" and objs and objs[0].lower_ in WHOLE_OF:  # "as part of the settlement"
                objs = [g for c in objs[0].rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.rights]
                objs = [g for g in objs if g.dep_ == "pobj"]
        elif child.dep_ in ("advcl", "xcomp") and any(c.lower_ == "to" for c in child.lefts):
            # "to settle a lawsuit"; else a preposition's object: "to get out of a deal"
            # (past a pronoun: "to extricate itself from the arrangement")
            objs = [c for c in child.rights if c.dep_ == "dobj"] + _prep_objects(child)
            inner = next((c for c in child.rights if c.dep_ in ("xcomp", "ccomp") and pos(c) == "VERB"), None)
            if not objs and inner is not None:  # a clause deeper: "to help keep down council tax rises"
                objs = [c for c in inner.rights if c.dep_ == "dobj"] + _prep_objects(inner)
        else:
            continue
        p = next((p for p in (phrase(o, taken, proper=True) for o in objs) if p), None)
        if p:
            return p
    return None


def _to_clause(toks: list, taken: set[int]) -> str | None:
    """A to-clause the parse hangs on the amount itself: "more than $4m to fund compliance
    checks", "$250m to pay back gains"."""
    for t in toks:
        for child in t.rights:
            if child.dep_ in ("relcl", "acl", "advcl") and any(c.lower_ == "to" for c in child.lefts):
                objs = [c for c in child.rights if c.dep_ == "dobj"] + _prep_objects(child)
                p = next((p for p in (phrase(o, taken, proper=True) for o in objs) if p), None)
                if p:
                    return p
    return None


def _prep_objects(verb) -> list:
    """The object of the first preposition after a verb, through a second one ("out of")."""
    for prep in (c for c in verb.rights if c.dep_ == "prep"):
        for _ in range(2):
            objs = [c for c in prep.rights if c.dep_ == "pobj"]
            if objs:
                return objs
            inner = [c for c in prep.rights if c.dep_ == "prep"]
            if not inner:
                break
            prep = inner[0]
        return []
    return []


def _level_subject(root, span, taken: set[int]) -> str | None:
    """Rule 5: "sales rose 2% to $11bn", "revenues were £4.3bn", "the deficit hit $600bn",
    "shares were up 2% at $20", "the gap hit a record of $600bn"."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "with" and pos(head.head) == "VERB" and head.head.i < head.i:
        # "Hostage opened at number four with $9.8m", "White Noise was second with $24m"; not
        # "compared with", nor "..., with £8m available" (a clause of its own)
        verb = head.head
        if verb.lower_.startswith("compar") or head.nbor(-1).is_punct:
            return None
        return subject_phrase(verb, taken, proper=True)
    if root.dep_ == "pobj" and head.lower_ == "at" and head.i > 0:
        before = head.doc[head.i - 1]  # "attended with ticket prices at $5": the prices are at it
        if pos(before) == "NOUN" and before.dep_ == "pobj" and before.head.lower_ == "with":
            return phrase(before, taken)
    verb = _level_verb(root)
    if verb is not None and pos(verb) == "NOUN":
        if verb.lower_ in CHANGE_NOUNS:  # "a rise in profits to £3.8bn"
            found = _change_of(verb, taken) or _changed_compound(verb, taken)
            if found or pos(verb.head) != "VERB":
                return found
            verb = verb.head  # "profits, which showed a 5% rise to 18.3bn euros"
        elif verb.dep_ == "dobj" and root.head.lower_ in ("to", "from"):
            return phrase(verb, taken)  # "increased spending on health to 102bn rupees"
        elif verb.lower_ in RECORD_NOUNS and verb.head.dep_ == "prep" and pos(verb.head.head) == "VERB":
            verb = verb.head.head  # "prices soared to fresh highs above $53"
        else:
            return None
    if verb is None or verb.i >= span.start:
        return None
    # "reported a 20% rise in profits to £3.8bn", with "to" hung on the verb
    # (not another amount: "gained $1.32 to $44.45" is a change and its level)
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < span.start and c.i not in taken]
    if objects and objects[0].lower_ in CHANGE_NOUNS:
        return _change_of(objects[0], taken) or subject_phrase(verb, taken, proper=True)
    if objects and root.dep_ == "pobj" and objects[0].lower_ not in RECORD_NOUNS:
        return phrase(objects[0], taken, proper=True)  # "increased spending on health to 71bn rupees"
    moved = any(c.dep_ == "prt" and c.lower_ in ("up", "down") for c in verb.children)
    if objects and root.dep_ == "npadvmod" and moved:
        return phrase(objects[0], taken, proper=True)  # "the news sent shares up 8.5p": the shares moved
    return subject_phrase(verb, taken, proper=True) or currency_subject(verb, taken)


def _level_verb(root):
    """The verb (or change noun) an amount is the level of, or None."""
    head = root.head
    if root.dep_ in ("npadvmod", "appos", "nummod") and head.lower_ in RECORD_NOUNS and head.dep_ == "dobj":
        # "hit a record $412bn"; not "sent a record $16.6bn home", whose subject pays it
        return head.head if pos(head.head) == "VERB" and head.head.lower_ not in PAYER_VERBS else None
    if root.dep_ == "pobj" and head.lower_ == "than" and head.head.dep_ in ("acomp", "amod", "advmod"):
        up = head.head.head  # "its share price was more than 200p"
        return up if pos(up) == "VERB" and up.i != head.head.i else None
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in RECORD_NOUNS:
        up = head.head.head  # "hit a high of $5"; "fell to a four month low of A$4.50"
        up = up.head if up.dep_ == "prep" and up.lower_ in LEVEL_PREPS else up
        return up if pos(up) == "VERB" else None
    if root.dep_ == "pobj" and head.lower_ in LEVEL_PREPS:
        verb = head.head
        if pos(verb) in ("ADV", "ADJ", "ADP") and verb.head.i != verb.i:  # "were up 2% at $20"
            verb = verb.head
        return verb if pos(verb) in ("VERB", "NOUN") else None
    if root.dep_ == "npadvmod" and pos(head) in ("ADV", "ADJ") and pos(head.head) == "VERB":
        return head.head  # "shares were up 56 pence", "shares were 28 pence lower"
    if (
        (root.dep_ in ("attr", "acomp") and pos(head) == "VERB")
        or (root.dep_ == "dobj" and head.lower_ in LEVEL_VERBS | CHANGE_VERBS)
        or (root.dep_ == "npadvmod" and pos(head) == "VERB")  # "the index rose $2 to $40"
    ):
        return head
    return None


def _changed_compound(noun, taken: set[int]) -> str | None:
    """What a change noun's compound names: "the army's budget rise by $19bn" -> "budget"."""
    nouns = [  # not a measure: "a 32 pct increase"
        c
        for c in noun.lefts
        if c.dep_ == "compound" and pos(c) == "NOUN" and c.is_alpha and not (c.i > 0 and c.doc[c.i - 1].like_num)
    ]
    return phrase(nouns[-1], taken) if nouns else None


def _change_of(noun, taken: set[int]) -> str | None:
    """What a rise or fall is of: "a rise in pre-tax profits"."""
    objs = [g for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("in", "of") for g in c.rights]
    return phrase(objs[0], taken, proper=True) if objs and objs[0].dep_ == "pobj" else None


def _noun_after(doc, span, j: int, taken: set[int]) -> str | None:
    """Rule 7, read from the tags when the parse of a short window misses rule 2: a determiner,
    the amount, then nouns ("into a £7m musical by", "its $2bn (£1bn) buyout"): the words up to
    the last noun, stopping at a word that is none or at a name after a common noun ("the £3m
    musical Billy Elliot")."""
    before = doc[span.start - 1] if span.start else None
    for _ in range(2):  # "a maximum $3m (£1.6m) fine", "an ambitious new 7.5m euro project", "a one-off £200 refund"
        if before is not None and before.i >= 3 and attached_hyphen_before(before):
            before = doc[before.i - 3]
        elif before is not None and before.tag_.startswith("JJ") and before.i > 0:
            before = doc[before.i - 1]
    if before is None or not (before.lower_ in DETERMINERS or before.tag_ in ("PRP$", "POS")):
        return None
    run = []
    for t in doc[j : j + MAX_WORDS]:
        proper = t.tag_ in ("NNP", "NNPS")
        if t.i in taken or not (t.tag_ in ("NN", "NNS", "JJ", "HYPH") or proper):
            break
        if proper and any(r.tag_ not in ("NNP", "NNPS") for r in run):
            break
        run.append(t)
    if run and run[-1].tag_ in ("NNP", "NNPS") and run[-1].i + 1 < len(doc) and pos(doc[run[-1].i + 1]) == "VERB":
        return None  # a clause's subject: "the $27bn Russia says Yukos owes"
    nouns = [t for t in run if t.tag_ not in ("JJ", "HYPH")]
    head = nouns[-1] if nouns else (run[0] if len(run) == 1 else None)
    if head is None or phrase(head, taken, proper=True, tagged=False) is None:
        return None
    return doc[j : head.i + 1].text


_NOUN_LINKS = frozenset(("of", "worth", "over", "above", "under", "below", "exceeding"))


def _noun_before(doc, span, taken: set[int], qualified: bool = False) -> str | None:
    """Rule 3, read from the tags (the parse of a short window may hang "of" elsewhere): a noun,
    "of" or "worth", the amount ("a slump to seventh place and takings of $4.7m"); a noun that
    the amount bounds ("earnings over £100,000", "donations above £5,000"), also right before a
    qualifier that opens the span ("a fee in excess of £12m")."""
    k = span.start - 1 if qualified else span.start - 2
    if k < 0 or not (qualified or doc[k + 1].lower_ in _NOUN_LINKS) or doc[k].tag_ not in ("NN", "NNS"):
        return None
    if doc[k].lower_ in RECORD_NOUNS or doc[k].lower_ in VALUED:  # "highs above $53", "claims totalling over $27bn"
        return None
    return phrase(doc[k], taken, tagged=False)


_DASHES = frozenset(("-", "–", "—", "--"))
_APPOSITION_WORDS = frozenset(
    """a an the about around some nearly almost roughly approximately just only over under at currently
    upwards of extra additional further another""".split()
)
"""Words that may stand between the dash and an amount in apposition ("fuel costs - a predicted
extra £250m"), with participles ("predicted") and adverbs in -ly; a verb, "and" or "up" there
opens a clause or a change of its own ("the government - and settled for £65,000")."""
_APPOSITION_END = frozenset((".", ",", ";", ":", ")"))
_APPOSITION_UNITS = frozenset(("a", "an", "per", "each", "apiece"))


def _dash_apposition(doc, span, taken: set[int]) -> str | None:
    """Rule 1b, read from the tags: an amount in apposition after a dash names the noun before the
    dash ("its fuel costs - a predicted extra £250m", "the price offered - 300p a share - is",
    "two weeks' wages - about £80,000 -"), when the apposition closes after it (a dash, a stop, or
    a unit first: "a share"); not a sum ("a similar sum - around 30bn baht - on roads")."""
    k = span.start - 1
    for _ in range(4):
        if k < 0 or doc[k].text in _DASHES:
            break
        low = doc[k].lower_
        if not (low in _APPOSITION_WORDS or doc[k].tag_ in ("VBN", "RB") and low.endswith(("ed", "ly"))):
            return None
        k -= 1
    if k < 1 or doc[k].text not in _DASHES:
        return None
    j = span.end
    if j < len(doc) and doc[j].text == "(":  # past a restatement: "- £80,000 ($150,000) -"
        while j < len(doc) and doc[j].text != ")":
            j += 1
        j += 1
    if j < len(doc) and doc[j].lower_ in _APPOSITION_UNITS:
        j += 2  # "300p a share -"
    if j < len(doc) and doc[j].text not in _DASHES and doc[j].text not in _APPOSITION_END:
        return None
    noun = doc[k - 1]
    if noun.tag_ == "VBN" and k >= 2:
        noun = doc[k - 2]  # "the price offered - 300p a share"
    if noun.tag_ not in ("NN", "NNS") or noun.lower_ in SUM_NOUNS:
        return None
    return phrase(noun, taken, tagged=False)
