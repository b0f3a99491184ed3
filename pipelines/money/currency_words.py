"""Currency words ("dollars", "stg", "francs") and minor units ("pence", "50p"): what each can
mean, and the words that make a currency word not money ("a pound of", "720p video")."""

from __future__ import annotations

from pipelines.money.lexicon import (
    CENTS,
    CODE_SCALE_BASES,
    CONTEXT,
    CROWNS,
    DINARS,
    DIRHAMS,
    DOLLAR_PREFIXES,
    DOLLARS,
    FRANCS,
    LETTER_PREFIXES,
    LETTER_SUFFIXES,
    LIRAS,
    NEWSWIRE_POST,
    PESOS,
    POST_SYMBOLS,
    POUNDS,
    RIYALS,
    RUPEES,
    SHILLINGS,
    SYMBOLS,
    YEN_LETTER,
    iso_codes,
)

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
