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

# --- country context --------------------------------------------------------------------
# currency -> country (ISO 3166 alpha-2) whose mentions point at it, plus the demonyms and
# extra names that pycountry does not list.
CONTEXT: dict[str, tuple[str, tuple[str, ...]]] = {
    "USD": ("US", ("US", "U.S.", "USA", "America", "American", "Americans")),
    "CAD": ("CA", ("Canadian", "Canadians", "Toronto", "Quebec")),
    "AUD": ("AU", ("Australian", "Australians", "Sydney", "Melbourne")),
    "NZD": ("NZ", ("New Zealander", "New Zealanders", "Auckland")),
    "HKD": ("HK", ()),
    "SGD": ("SG", ("Singaporean", "Singaporeans")),
    "TWD": ("TW", ("Taiwan", "Taiwanese")),
    "JMD": ("JM", ("Jamaican", "Jamaicans")),
    "NAD": ("NA", ("Namibian", "Namibians")),
    "FJD": ("FJ", ("Fijian", "Fijians")),
    "ZWL": ("ZW", ("Zimbabwean", "Zimbabweans")),
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
    "JPY": ("JP", ("Japanese",)),
    "CNY": ("CN", ("China", "Chinese", "Shanghai")),
    "SEK": ("SE", ("Swedish", "Swedes")),
    "NOK": ("NO", ("Norwegian", "Norwegians")),
    "DKK": ("DK", ("Danish", "Danes")),
    "ISK": ("IS", ("Icelandic", "Icelanders")),
    "CZK": ("CZ", ("Czech", "Czech Republic")),
    "SKK": ("SK", ("Slovak",)),
    "EEK": ("EE", ("Estonian",)),
    "CHF": ("CH", ("Swiss", "Zurich", "Geneva")),
    "FRF": ("FR", ("French",)),
    "BEF": ("BE", ("Belgian",)),
    "LUF": ("LU", ()),
    "XOF": (
        "SN",
        ("Senegal", "Senegalese", "Ivory Coast", "Ivorian", "Mali", "Malian", "Burkina Faso", "Niger", "Benin", "Togo"),
    ),
    "XAF": ("CM", ("Cameroon", "Cameroonian", "Gabon", "Chad", "Congo-Brazzaville")),
    "MXN": ("MX", ("Mexican", "Mexicans")),
    "ARS": ("AR", ("Argentine", "Argentinian", "Argentinians")),
    "PHP": ("PH", ("Philippine", "Filipino", "Filipinos")),
    "COP": ("CO", ("Colombian", "Colombians")),
    "CLP": ("CL", ("Chilean", "Chileans")),
    "UYU": ("UY", ("Uruguayan",)),
    "DOP": ("DO", ("Dominican Republic",)),
    "CUP": ("CU", ("Cuban", "Cubans")),
    "INR": ("IN", ("Indian", "Indians", "Delhi", "Mumbai")),
    "PKR": ("PK", ("Pakistani", "Pakistanis", "Karachi")),
    "LKR": ("LK", ("Sri Lankan", "Sri Lankans")),
    "NPR": ("NP", ("Nepalese", "Nepali")),
    "MUR": ("MU", ("Mauritian",)),
    "KWD": ("KW", ("Kuwaiti",)),
    "IQD": ("IQ", ("Iraqi", "Iraqis")),
    "JOD": ("JO", ("Jordanian",)),
    "BHD": ("BH", ("Bahraini",)),
    "DZD": ("DZ", ("Algerian",)),
    "TND": ("TN", ("Tunisian",)),
    "LYD": ("LY", ("Libyan",)),
    "RSD": ("RS", ("Serbian",)),
    "SAR": ("SA", ("Saudi",)),
    "QAR": ("QA", ("Qatari",)),
    "OMR": ("OM", ("Omani",)),
    "YER": ("YE", ("Yemeni",)),
    "IRR": ("IR", ("Iranian", "Iranians")),
    "AED": ("AE", ("UAE", "Emirati", "Dubai")),
    "MAD": ("MA", ("Moroccan",)),
    "KES": ("KE", ("Kenyan", "Kenyans")),
    "UGX": ("UG", ("Ugandan", "Ugandans")),
    "TZS": ("TZ", ("Tanzanian", "Tanzanians", "Dar es Salaam")),
    "SOS": ("SO", ("Somali",)),
    "ATS": ("AT", ("Austrian",)),
    "TRY": ("TR", ("Turkish", "Istanbul")),
    "LBP": ("LB", ("Lebanese",)),
    "MTL": ("MT", ("Maltese",)),
}
