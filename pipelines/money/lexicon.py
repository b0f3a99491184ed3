"""Words and signs that mark money in English text: currency symbols, prefixed symbols,
ISO 4217 codes, currency names (with the nationality words that pin them down), minor
units, newswire shorthand, scale words and number words.

Everything here is data; the patterns built from it live in ``grammar``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

# --- currencies that one marker can stand for -------------------------------------------
# The first code of each tuple is the recorded default when nothing else decides.
DOLLARS = ("USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "JMD", "NAD", "FJD", "ZWL")
CENTS = DOLLARS + ("EUR",)
YEN_SIGN = ("JPY", "CNY")
KRONER = ("SEK", "NOK", "DKK", "ISK")
CROWNS = ("CZK", "SEK", "NOK", "DKK", "SKK", "EEK")
FRANCS = ("CHF", "FRF", "BEF", "XOF", "XAF", "LUF")
PESOS = ("MXN", "ARS", "PHP", "COP", "CLP", "UYU", "DOP", "CUP")
RUPEES = ("INR", "PKR", "LKR", "NPR", "MUR")
DINARS = ("KWD", "IQD", "JOD", "BHD", "DZD", "TND", "LYD", "RSD")
RIYALS = ("SAR", "QAR", "OMR", "YER", "IRR")
DIRHAMS = ("AED", "MAD")
SHILLINGS = ("KES", "UGX", "TZS", "SOS", "ATS")
LIRAS = ("TRY", "LBP", "MTL")
POUNDS = ("GBP",)


class UnitKind(enum.StrEnum):
    """How a currency marker is written."""

    SYMBOL = "symbol"  # "$", "£", "Y" on the wires
    CODE = "code"  # "USD", "MUSD"
    WORD = "word"  # "dollars", "Swiss francs", "dlrs"
    MINOR = "minor"  # "cents", "50p"


class Qualifier(enum.StrEnum):
    """How exact a figure is said to be (``amounts.qualifier``; null for an exact one)."""

    APPROX = "approx"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    UP_TO = "up_to"


@dataclass(frozen=True)
class Unit:
    """What a currency marker says: the currencies it may mean, whether it names one
    currency outright (``explicit``), and the factor from its units to whole units of
    that currency (0.01 for cents) and any scale it carries itself (MUSD = million USD)."""

    candidates: tuple[str, ...]
    explicit: bool
    factor: float = 1.0
    scale: float = 1.0
    minor: bool = False
    kind: UnitKind = UnitKind.WORD


def unit(codes, factor=1.0, *, kind=UnitKind.WORD, scale=1.0, minor=False) -> Unit:
    codes = (codes,) if isinstance(codes, str) else tuple(codes)
    return Unit(codes, len(codes) == 1, factor, scale, minor, kind)


# --- symbols ----------------------------------------------------------------------------
SYMBOLS: dict[str, Unit] = {
    "$": unit(DOLLARS, kind=UnitKind.SYMBOL),
    "£": unit("GBP", kind=UnitKind.SYMBOL),
    "€": unit("EUR", kind=UnitKind.SYMBOL),
    "¥": unit(YEN_SIGN, kind=UnitKind.SYMBOL),
    "￥": unit(YEN_SIGN, kind=UnitKind.SYMBOL),
    "₹": unit("INR", kind=UnitKind.SYMBOL),
    "₨": unit(RUPEES, kind=UnitKind.SYMBOL),
    "₩": unit("KRW", kind=UnitKind.SYMBOL),
    "₽": unit("RUB", kind=UnitKind.SYMBOL),
    "₺": unit("TRY", kind=UnitKind.SYMBOL),
    "₪": unit("ILS", kind=UnitKind.SYMBOL),
    "₫": unit("VND", kind=UnitKind.SYMBOL),
    "₱": unit("PHP", kind=UnitKind.SYMBOL),
    "₦": unit("NGN", kind=UnitKind.SYMBOL),
    "₴": unit("UAH", kind=UnitKind.SYMBOL),
    "₡": unit("CRC", kind=UnitKind.SYMBOL),
    "₾": unit("GEL", kind=UnitKind.SYMBOL),
    "₭": unit("LAK", kind=UnitKind.SYMBOL),
    "₮": unit("MNT", kind=UnitKind.SYMBOL),
    "₲": unit("PYG", kind=UnitKind.SYMBOL),
    "₵": unit("GHS", kind=UnitKind.SYMBOL),
    "₸": unit("KZT", kind=UnitKind.SYMBOL),
    "₼": unit("AZN", kind=UnitKind.SYMBOL),
    "₿": unit("XBT", kind=UnitKind.SYMBOL),
    "฿": unit("THB", kind=UnitKind.SYMBOL),
    "ரூ": unit("LKR", kind=UnitKind.SYMBOL),
}
# Signs written after the number only (East Asian characters).
POST_SYMBOLS: dict[str, Unit] = {
    "元": unit("CNY", kind=UnitKind.SYMBOL),
    "円": unit("JPY", kind=UnitKind.SYMBOL),
}

# Letters written before "$" (attached, or with one space in tokenised text).
DOLLAR_PREFIXES: dict[str, str] = {
    "US": "USD",
    "U.S.": "USD",
    "U.S": "USD",
    "USD": "USD",
    "C": "CAD",
    "CA": "CAD",
    "CAD": "CAD",
    "CDN": "CAD",
    "Can": "CAD",
    "A": "AUD",
    "AU": "AUD",
    "AUD": "AUD",
    "NZ": "NZD",
    "NZD": "NZD",
    "HK": "HKD",
    "HKD": "HKD",
    "S": "SGD",
    "SG": "SGD",
    "SGD": "SGD",
    "NT": "TWD",
    "TWD": "TWD",
    "R": "BRL",
    "BRL": "BRL",
    "Mex": "MXN",
    "MX": "MXN",
    "MXN": "MXN",
    "J": "JMD",
    "EC": "XCD",
    "RD": "DOP",
    "TT": "TTD",
    "N": "NAD",
    "Bds": "BBD",
    "BZ": "BZD",
    "FJ": "FJD",
    "G": "GYD",
    "CI": "KYD",
    "Z": "ZWL",
}
# Prefixes that may stand one space away from "$" ("c $ 16.4 million" in tokenised text).
# Single capitals other than C are left out: "A $5m deal" is an article, not Australia.
SPACED_DOLLAR_PREFIXES = ("US", "U.S.", "U.S", "C", "HK", "NZ", "NT", "USD", "CAD", "AUD", "NZD", "HKD", "SGD", "MXN")

# Prefixes read in any case, even in mixed-case text ("c $ 16.4 million", "hk$ 5"): none of
# them is an English word ("us $5" is "cost us $5", "a $5m deal" an article).
ANY_CASE_DOLLAR_PREFIXES = ("C", "HK", "NZ", "NT", "USD", "CAD", "AUD", "NZD", "HKD", "SGD", "MXN", "Mex", "CDN")

# Letter prefixes used like symbols before a number.
LETTER_PREFIXES: dict[str, Unit] = {
    "Rs": unit(RUPEES, kind=UnitKind.SYMBOL),
    "Rs.": unit(RUPEES, kind=UnitKind.SYMBOL),
    "Rp": unit("IDR", kind=UnitKind.SYMBOL),
    "RM": unit("MYR", kind=UnitKind.SYMBOL),
    "KSh": unit("KES", kind=UnitKind.SYMBOL),
    "Ksh": unit("KES", kind=UnitKind.SYMBOL),
    "SFr": unit("CHF", kind=UnitKind.SYMBOL),
    "SFr.": unit("CHF", kind=UnitKind.SYMBOL),
    "DM": unit("DEM", kind=UnitKind.SYMBOL),
    "NIS": unit("ILS", kind=UnitKind.SYMBOL),
    "kr": unit(KRONER, kind=UnitKind.SYMBOL),
    "kr.": unit(KRONER, kind=UnitKind.SYMBOL),
}
# Written after the number.
LETTER_SUFFIXES: dict[str, Unit] = {
    "kr": unit(KRONER, kind=UnitKind.SYMBOL),
    "zł": unit("PLN", kind=UnitKind.SYMBOL),
    "Kč": unit("CZK", kind=UnitKind.SYMBOL),
    "NIS": unit("ILS", kind=UnitKind.SYMBOL),
}

# --- ISO 4217 codes -----------------------------------------------------------------------
# Codes that are also English words (or common abbreviations) are never read as codes:
# "ALL 5 solutions", "Silica gel", "call Bob 3 times", "PHP 7", "CVE-2021".
WORDLIKE_CODES = frozenset(
    "ALL BOB CUP GEL MAD MOP PEN SOS TOP TRY PHP CVE BSD AMD TMT STD SVC ERN BAM "
    "ANG NAD GMD HNL LSL MRO MRU SLL SRD SZL XAG XAU XPD XPT XTS XXX XSU XUA XDR "
    "BOV CLF COU MXV USN UYI UYW CHE CHW SHP FKP GIP KMF".split()
)
# Codes also read in lower case ("10 rmb 20 usd", "half million usd").
LOWERCASE_CODES = frozenset(
    "USD EUR GBP JPY CNY RMB CHF AUD NZD HKD SGD INR SEK NOK DKK MXN BRL ZAR RUB KRW "
    "CAD PLN CZK HUF ILS TWD THB IDR MYR NGN PKR EGP AED SAR UAH".split()
)
# Codes outside ISO 4217's current list that news still uses: withdrawn currencies (read as
# themselves), aliases (read as the code they stand for) and XBT (see currencies.NON_ISO).
EXTRA_CODES: dict[str, str] = {
    "RMB": "CNY",
    "NTD": "TWD",
    "BTC": "XBT",
    "XBT": "XBT",
    "CNH": "CNY",
    "RUR": "RUB",
    "DEM": "DEM",
    "FRF": "FRF",
    "ITL": "ITL",
    "ESP": "ESP",
    "NLG": "NLG",
    "BEF": "BEF",
    "ATS": "ATS",
    "FIM": "FIM",
    "IEP": "IEP",
    "PTE": "PTE",
    "GRD": "GRD",
    "HRK": "HRK",
}
# Magnitude prefixes on codes used in financial reports: "30 MUSD", "TEUR 500", "kUSD".
CODE_SCALE_PREFIXES = {"M": 1e6, "MM": 1e6, "K": 1e3, "k": 1e3, "T": 1e3}
CODE_SCALE_BASES = (
    "USD",
    "EUR",
    "GBP",
    "AUD",
    "CAD",
    "CHF",
    "SEK",
    "NOK",
    "DKK",
    "JPY",
    "NZD",
    "HKD",
    "SGD",
    "CNY",
    "ZAR",
    "INR",
    "PLN",
)


def iso_codes() -> dict[str, str]:
    """Every readable code mapped to the currency it names: the codes in use today (from
    ``pipelines.money.currencies``, CLDR's list) and EXTRA_CODES, less the word-like ones."""
    from pipelines.money import currencies

    codes = {code: code for code in currencies.current()}
    codes.update(EXTRA_CODES)
    for word in WORDLIKE_CODES:
        codes.pop(word, None)
    return codes


# --- newswire shorthand -----------------------------------------------------------------
# ("dlrs" and "dlr" are currency names, below, so that "U.S. Dlrs" is read like "U.S. dollars".)
NEWSWIRE_POST: dict[str, Unit] = {
    "stg": unit("GBP"),
}
# "Y1.2 trillion": capital Y glued to the number stands for yen on the wires.
YEN_LETTER = unit("JPY", kind=UnitKind.SYMBOL)

# --- currency names ---------------------------------------------------------------------
# name pattern -> (currencies without a qualifier, {nationality word: ISO code})
# A name with a nationality word ("Australian dollars") is explicit.
_DOLLAR_QUALS = {
    "us": "USD",
    "u.s.": "USD",
    "u.s": "USD",
    "american": "USD",
    "united states": "USD",
    "canadian": "CAD",
    "australian": "AUD",
    "aussie": "AUD",
    "new zealand": "NZD",
    "kiwi": "NZD",
    "nz": "NZD",
    "n.z.": "NZD",
    "hong kong": "HKD",
    "hk": "HKD",
    "singapore": "SGD",
    "singaporean": "SGD",
    "taiwan": "TWD",
    "taiwanese": "TWD",
    "new taiwan": "TWD",
    "jamaican": "JMD",
    "namibian": "NAD",
    "fijian": "FJD",
    "zimbabwean": "ZWL",
    "zimbabwe": "ZWL",
    "east caribbean": "XCD",
    "trinidad and tobago": "TTD",
    "barbados": "BBD",
    "bahamian": "BSD",
    "belize": "BZD",
    "liberian": "LRD",
    "guyanese": "GYD",
    "brunei": "BND",
}
CURRENCY_WORDS: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
    r"dollars?": (DOLLARS, _DOLLAR_QUALS),
    r"dlrs?": (DOLLARS, _DOLLAR_QUALS),  # newswire
    r"bucks": (DOLLARS, _DOLLAR_QUALS),
    r"euros?": (("EUR",), {}),
    r"pounds?": (
        POUNDS,
        {
            "british": "GBP",
            "uk": "GBP",
            "egyptian": "EGP",
            "lebanese": "LBP",
            "syrian": "SYP",
            "sudanese": "SDG",
            "irish": "IEP",
            "cypriot": "CYP",
            "sterling": "GBP",
        },
    ),
    r"sterling": (("GBP",), {"pounds": "GBP", "pound": "GBP"}),
    r"yen": (("JPY",), {"japanese": "JPY"}),
    r"yuan|renminbi": (("CNY",), {"chinese": "CNY"}),
    r"won": (("KRW",), {"south korean": "KRW", "korean": "KRW", "north korean": "KPW"}),
    r"rupees?": (
        RUPEES,
        {
            "indian": "INR",
            "pakistani": "PKR",
            "sri lankan": "LKR",
            "nepalese": "NPR",
            "nepali": "NPR",
            "mauritian": "MUR",
        },
    ),
    r"rupiah": (("IDR",), {"indonesian": "IDR"}),
    r"ringgit": (("MYR",), {"malaysian": "MYR"}),
    r"baht": (("THB",), {"thai": "THB"}),
    r"pesos?": (
        PESOS,
        {
            "mexican": "MXN",
            "argentine": "ARS",
            "argentinian": "ARS",
            "argentinean": "ARS",
            "philippine": "PHP",
            "colombian": "COP",
            "chilean": "CLP",
            "uruguayan": "UYU",
            "dominican": "DOP",
            "cuban": "CUP",
        },
    ),
    r"reais|reals": (("BRL",), {"brazilian": "BRL"}),
    r"real": ((), {"brazilian": "BRL"}),  # only with its nationality word
    r"francs?": (
        FRANCS,
        {
            "swiss": "CHF",
            "french": "FRF",
            "belgian": "BEF",
            "cfa": "XOF",
            "luxembourg": "LUF",
            "congolese": "CDF",
            "rwandan": "RWF",
            "burundian": "BIF",
            "guinean": "GNF",
            "djiboutian": "DJF",
            "malagasy": "MGA",
        },
    ),
    r"(?:deutsche?[ -]?marks?|d-marks?|deutschmarks?)": (("DEM",), {}),
    r"marks": (("DEM",), {"german": "DEM", "finnish": "FIM"}),
    r"markkaa?|markkas": (("FIM",), {"finnish": "FIM"}),
    r"guilders?": (("NLG",), {"dutch": "NLG", "netherlands": "NLG", "antillean": "ANG", "surinamese": "SRG"}),
    r"lire": (("ITL",), {"italian": "ITL", "turkish": "TRY", "maltese": "MTL"}),
    r"liras?": (LIRAS, {"turkish": "TRY", "italian": "ITL", "lebanese": "LBP", "maltese": "MTL"}),
    r"pesetas?": (("ESP",), {"spanish": "ESP"}),
    r"escudos?": (("PTE",), {"portuguese": "PTE", "cape verdean": "CVE"}),
    r"drachmae|drachmas?": (("GRD",), {"greek": "GRD"}),
    r"punts?": (("IEP",), {"irish": "IEP"}),
    r"schillings?": (("ATS",), {"austrian": "ATS"}),
    r"kronor|krona": (("SEK",), {"swedish": "SEK", "icelandic": "ISK"}),
    r"kroner|krone": (("NOK", "DKK"), {"norwegian": "NOK", "danish": "DKK"}),
    r"kronur": (("ISK",), {"icelandic": "ISK"}),
    r"crowns": (
        CROWNS,
        {"czech": "CZK", "swedish": "SEK", "norwegian": "NOK", "danish": "DKK", "slovak": "SKK", "estonian": "EEK"},
    ),
    r"korun[ay]?|korunas": (("CZK",), {"czech": "CZK", "slovak": "SKK"}),
    r"zlotys?|zlotych|zloty": (("PLN",), {"polish": "PLN"}),
    r"forints?": (("HUF",), {"hungarian": "HUF"}),
    r"roubles?|rubles?": (("RUB",), {"russian": "RUB", "belarusian": "BYN"}),
    r"hryvnias?|hryvnyas?|hryvni": (("UAH",), {"ukrainian": "UAH"}),
    r"leva|lev": (("BGN",), {"bulgarian": "BGN"}),
    r"lei": (("RON",), {"romanian": "RON", "moldovan": "MDL"}),
    r"dinars?": (
        DINARS,
        {
            "kuwaiti": "KWD",
            "iraqi": "IQD",
            "jordanian": "JOD",
            "bahraini": "BHD",
            "algerian": "DZD",
            "tunisian": "TND",
            "libyan": "LYD",
            "serbian": "RSD",
        },
    ),
    r"riyals?|rials?": (RIYALS, {"saudi": "SAR", "qatari": "QAR", "omani": "OMR", "yemeni": "YER", "iranian": "IRR"}),
    r"dirhams?": (DIRHAMS, {"uae": "AED", "emirati": "AED", "moroccan": "MAD"}),
    r"shekels?|sheqels?": (("ILS",), {"israeli": "ILS", "new israeli": "ILS"}),
    r"rand": (("ZAR",), {"south african": "ZAR"}),
    r"naira": (("NGN",), {"nigerian": "NGN"}),
    r"cedis?": (("GHS",), {"ghanaian": "GHS"}),
    r"shillings?": (
        SHILLINGS,
        {"kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS", "somali": "SOS", "austrian": "ATS"},
    ),
    r"kwacha": (("ZMW",), {"zambian": "ZMW", "malawian": "MWK"}),
    r"birr": (("ETB",), {"ethiopian": "ETB"}),
    r"taka": (("BDT",), {"bangladeshi": "BDT"}),
    r"kyats?": (("MMK",), {"burmese": "MMK", "myanmar": "MMK"}),
    r"dong": (("VND",), {"vietnamese": "VND"}),
    r"tenge": (("KZT",), {"kazakh": "KZT"}),
    r"manats?": (("AZN",), {"azerbaijani": "AZN", "turkmen": "TMT"}),
    r"lari": (("GEL",), {"georgian": "GEL"}),
    r"drams?": ((), {"armenian": "AMD"}),
    r"kunas?": (("HRK",), {"croatian": "HRK"}),
    r"tolars?": (("SIT",), {"slovenian": "SIT"}),
    r"litas|litai|litu": (("LTL",), {"lithuanian": "LTL"}),
    r"lats|lati": (("LVL",), {"latvian": "LVL"}),
    r"kroons?": (("EEK",), {"estonian": "EEK"}),
    r"bitcoins?": (("XBT",), {}),
}
# Words that need more than a number before them to be money: "won" is a verb, "pounds"
# a weight, "dong" and "lev" names; they count with a scale word, a large number or a
# nationality word.
GUARDED_WORDS = frozenset({"won", "pound", "pounds", "dong", "lev", "rand", "real", "lari"})
WEIGHT_WORDS = (
    "weigh",
    "weight",
    "heav",
    "lighter",
    "lbs",
    "ounce",
    "stone",
    "kilo",
    "obese",
    "fat",
    "diet",
    "lost",
    "lose",
    "gain",
    "pound of",
)

# --- minor units ------------------------------------------------------------------------
# pattern -> (currencies, factor to whole units)
MINOR_WORDS: dict[str, tuple[tuple[str, ...], float]] = {
    r"cents?|cts?": (CENTS, 0.01),
    r"pence|pennies|penny": (("GBP",), 0.01),
    r"paise|paisa": (("INR",), 0.01),
    r"kopecks?|kopeks?|kopeyka|kopeyki": (("RUB",), 0.01),
    r"centimes?": (FRANCS, 0.01),
    r"satoshis?": (("XBT",), 1e-8),
    r"euro ?cents?|eurocents?": (("EUR",), 0.01),
}
# Glued to digits: "50p", "99c".
MINOR_SUFFIXES: dict[str, tuple[tuple[str, ...], float]] = {
    "p": (("GBP",), 0.01),
    "c": (CENTS, 0.01),
}
# "720p" is a video resolution, not pence, next to these words.
VIDEO_WORDS = ("resolution", "video", "pixel", "screen", "display", "hd", "tv", "camera", "stream")

# --- scales -----------------------------------------------------------------------------
SCALES: dict[str, float] = {
    "thousand": 1e3,
    "k": 1e3,
    "K": 1e3,
    "grand": 1e3,
    "million": 1e6,
    "m": 1e6,
    "M": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "mill": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "B": 1e9,
    "bln": 1e9,
    "bil": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "trln": 1e12,
    "tr": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "lacs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "cr": 1e7,
}
# Written with a space before them ("5 million", "5 bn").
SPACED_SCALES = (
    "thousand",
    "million",
    "billion",
    "trillion",
    "mn",
    "mln",
    "bn",
    "bln",
    "tn",
    "trn",
    "trln",
    "lakhs?",
    "lacs?",
    "crores?",
    "grand",
)
# Glued to digits only ("5m", "$5k", "5bn").
ATTACHED_SCALES = ("mln", "bln", "trln", "trn", "mn", "bn", "tn", "bil", "mil", "m", "M", "k", "K", "b", "B", "cr")

# --- number words -----------------------------------------------------------------------
UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
WORD_SCALES = {
    "hundred": 100,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,
    "crore": 1e7,
    # newswire abbreviations after a spelled-out count: "five mln dlrs"
    "mln": 1e6,
    "mn": 1e6,
    "bln": 1e9,
    "bn": 1e9,
}

# --- qualifiers -------------------------------------------------------------------------
# Written before the amount (outside its span).
QUALIFIERS_BEFORE: dict[str, Qualifier] = {
    "about": Qualifier.APPROX,
    "around": Qualifier.APPROX,
    "some": Qualifier.APPROX,
    "nearly": Qualifier.APPROX,
    "almost": Qualifier.APPROX,
    "roughly": Qualifier.APPROX,
    "approximately": Qualifier.APPROX,
    "approx.": Qualifier.APPROX,
    "approx": Qualifier.APPROX,
    "an estimated": Qualifier.APPROX,
    "estimated": Qualifier.APPROX,
    "circa": Qualifier.APPROX,
    "close to": Qualifier.APPROX,
    "in the region of": Qualifier.APPROX,
    "of the order of": Qualifier.APPROX,
    "on the order of": Qualifier.APPROX,
    "around about": Qualifier.APPROX,
    "just about": Qualifier.APPROX,
    "c.": Qualifier.APPROX,
    "ca.": Qualifier.APPROX,
    "at least": Qualifier.AT_LEAST,
    "no less than": Qualifier.AT_LEAST,
    "not less than": Qualifier.AT_LEAST,
    "a minimum of": Qualifier.AT_LEAST,
    "at a minimum": Qualifier.AT_LEAST,
    "more than": Qualifier.MORE_THAN,
    "over": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN,
    "above": Qualifier.MORE_THAN,
    "upwards of": Qualifier.MORE_THAN,
    "just over": Qualifier.MORE_THAN,
    "well over": Qualifier.MORE_THAN,
    "well above": Qualifier.MORE_THAN,
    "exceeding": Qualifier.MORE_THAN,
    "north of": Qualifier.MORE_THAN,
    "less than": Qualifier.LESS_THAN,
    "under": Qualifier.LESS_THAN,
    "below": Qualifier.LESS_THAN,
    "just under": Qualifier.LESS_THAN,
    "fewer than": Qualifier.LESS_THAN,
    "just below": Qualifier.LESS_THAN,
    "short of": Qualifier.LESS_THAN,
    "shy of": Qualifier.LESS_THAN,
    "well under": Qualifier.LESS_THAN,
    "up to": Qualifier.UP_TO,
    "as much as": Qualifier.UP_TO,
    "as high as": Qualifier.UP_TO,
    "no more than": Qualifier.UP_TO,
    "not more than": Qualifier.UP_TO,
    "at most": Qualifier.UP_TO,
    "a maximum of": Qualifier.UP_TO,
    "as little as": Qualifier.UP_TO,
}
# Written after the amount (outside its span).
QUALIFIERS_AFTER: dict[str, Qualifier] = {
    "or more": Qualifier.AT_LEAST,
    "or so": Qualifier.APPROX,
    "or less": Qualifier.UP_TO,
    "plus": Qualifier.AT_LEAST,
    "-plus": Qualifier.AT_LEAST,
    "+": Qualifier.AT_LEAST,
    "or thereabouts": Qualifier.APPROX,
}

# --- restatements -----------------------------------------------------------------------
# After "or", an amount per unit is a separate figure, never a restatement.
PER_UNIT = (
    r"(?:a|per|an|each)[\s-]+(?:share|unit|head|person|barrel|tonne|ton|ounce|year|month|"
    r"week|day|hour|litre|liter|gallon|pound|kilo|kg|mile|night|ticket|seat|vote)s?\b"
    r"|each\b|apiece\b|(?:a|per)[\s-]+(?:common\s+|ordinary\s+|diluted\s+)?share"
)

# --- country context --------------------------------------------------------------------
# currency -> country (ISO 3166 alpha-2) whose mentions point at it, plus the demonyms and
# extra names that pycountry does not list.
CONTEXT: dict[str, tuple[str, tuple[str, ...]]] = {
    "USD": ("US", ("US", "U.S.", "USA", "America", "American", "Americans", "Washington")),
    "CAD": ("CA", ("Canadian", "Canadians", "Ottawa", "Toronto", "Quebec")),
    "AUD": ("AU", ("Australian", "Australians", "Canberra", "Sydney", "Melbourne")),
    "NZD": ("NZ", ("New Zealander", "New Zealanders", "Wellington", "Auckland")),
    "HKD": ("HK", ("Hong Kong",)),
    "SGD": ("SG", ("Singaporean", "Singaporeans")),
    "TWD": ("TW", ("Taiwan", "Taiwanese", "Taipei")),
    "JMD": ("JM", ("Jamaican", "Jamaicans")),
    "NAD": ("NA", ("Namibian", "Namibians")),
    "FJD": ("FJ", ("Fijian", "Fijians")),
    "ZWL": ("ZW", ("Zimbabwean", "Zimbabweans", "Harare")),
    "EUR": (
        "",
        (
            "eurozone",
            "euro zone",
            "euro area",
            "Germany",
            "German",
            "France",
            "French",
            "Italy",
            "Italian",
            "Spain",
            "Spanish",
            "Ireland",
            "Irish",
            "Netherlands",
            "Dutch",
            "Belgium",
            "Belgian",
            "Austria",
            "Austrian",
            "Portugal",
            "Portuguese",
            "Greece",
            "Greek",
            "Finland",
            "Finnish",
        ),
    ),
    "JPY": ("JP", ("Japanese", "Tokyo")),
    "CNY": ("CN", ("China", "Chinese", "Beijing", "Shanghai")),
    "SEK": ("SE", ("Swedish", "Swedes", "Stockholm")),
    "NOK": ("NO", ("Norwegian", "Norwegians", "Oslo")),
    "DKK": ("DK", ("Danish", "Danes", "Copenhagen")),
    "ISK": ("IS", ("Icelandic", "Icelanders", "Reykjavik")),
    "CZK": ("CZ", ("Czech", "Czech Republic", "Prague")),
    "SKK": ("SK", ("Slovak", "Bratislava")),
    "EEK": ("EE", ("Estonian", "Tallinn")),
    "CHF": ("CH", ("Swiss", "Zurich", "Geneva", "Bern")),
    "FRF": ("FR", ("French", "Paris")),
    "BEF": ("BE", ("Belgian", "Brussels")),
    "LUF": ("LU", ("Luxembourg",)),
    "XOF": (
        "SN",
        ("Senegal", "Senegalese", "Ivory Coast", "Ivorian", "Mali", "Malian", "Burkina Faso", "Niger", "Benin", "Togo"),
    ),
    "XAF": ("CM", ("Cameroon", "Cameroonian", "Gabon", "Chad", "Congo-Brazzaville")),
    "MXN": ("MX", ("Mexican", "Mexicans", "Mexico City")),
    "ARS": ("AR", ("Argentine", "Argentinian", "Argentinians", "Buenos Aires")),
    "PHP": ("PH", ("Philippine", "Filipino", "Filipinos", "Manila")),
    "COP": ("CO", ("Colombian", "Colombians", "Bogota")),
    "CLP": ("CL", ("Chilean", "Chileans", "Santiago")),
    "UYU": ("UY", ("Uruguayan",)),
    "DOP": ("DO", ("Dominican Republic",)),
    "CUP": ("CU", ("Cuban", "Cubans", "Havana")),
    "INR": ("IN", ("Indian", "Indians", "Delhi", "Mumbai")),
    "PKR": ("PK", ("Pakistani", "Pakistanis", "Islamabad", "Karachi")),
    "LKR": ("LK", ("Sri Lankan", "Sri Lankans", "Colombo")),
    "NPR": ("NP", ("Nepalese", "Nepali", "Kathmandu")),
    "MUR": ("MU", ("Mauritian",)),
    "KWD": ("KW", ("Kuwaiti",)),
    "IQD": ("IQ", ("Iraqi", "Iraqis", "Baghdad")),
    "JOD": ("JO", ("Jordanian", "Amman")),
    "BHD": ("BH", ("Bahraini",)),
    "DZD": ("DZ", ("Algerian", "Algiers")),
    "TND": ("TN", ("Tunisian", "Tunis")),
    "LYD": ("LY", ("Libyan", "Tripoli")),
    "RSD": ("RS", ("Serbian", "Belgrade")),
    "SAR": ("SA", ("Saudi", "Riyadh")),
    "QAR": ("QA", ("Qatari", "Doha")),
    "OMR": ("OM", ("Omani", "Muscat")),
    "YER": ("YE", ("Yemeni", "Sanaa")),
    "IRR": ("IR", ("Iranian", "Iranians", "Tehran")),
    "AED": ("AE", ("UAE", "Emirati", "Dubai", "Abu Dhabi")),
    "MAD": ("MA", ("Moroccan", "Rabat")),
    "KES": ("KE", ("Kenyan", "Kenyans", "Nairobi")),
    "UGX": ("UG", ("Ugandan", "Ugandans", "Kampala")),
    "TZS": ("TZ", ("Tanzanian", "Tanzanians", "Dar es Salaam")),
    "SOS": ("SO", ("Somali", "Mogadishu")),
    "ATS": ("AT", ("Austrian", "Vienna")),
    "TRY": ("TR", ("Turkish", "Ankara", "Istanbul")),
    "LBP": ("LB", ("Lebanese", "Beirut")),
    "MTL": ("MT", ("Maltese", "Valletta")),
}


def emitted_codes() -> frozenset[str]:
    """Every currency code the data above can give an amount (each must be on
    ``pipelines.money.currencies.known()``; a test checks it)."""
    units = [
        *SYMBOLS.values(),
        *POST_SYMBOLS.values(),
        *LETTER_PREFIXES.values(),
        *LETTER_SUFFIXES.values(),
        *NEWSWIRE_POST.values(),
        YEN_LETTER,
    ]
    codes = {code for u in units for code in u.candidates}
    codes |= set(DOLLAR_PREFIXES.values()) | set(iso_codes().values()) | set(CODE_SCALE_BASES)
    codes |= set(CONTEXT)
    for candidates, qualified in CURRENCY_WORDS.values():
        codes |= set(candidates) | set(qualified.values())
    for candidates, _ in (*MINOR_WORDS.values(), *MINOR_SUFFIXES.values()):
        codes |= set(candidates)
    return frozenset(codes)
