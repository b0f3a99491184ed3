"""The gender a given name tells, from Faker's person providers (an installed MIT-licensed
package; nothing is downloaded; the bare ``en`` locale's American birth names, "Lawyer" and
"Star" among them, are left out): a name listed only among the male names of every locale is a
man's ("Tony", "Charles"), only among the female ones a woman's ("Sarah", "Emily"); a name in
both ("Jean", "Kelly", "Robin") tells nothing. Speakers use it so that "he" never reaches a
Sarah nor "she" a Tony, when no honorific ("Mr", "Ms") says more."""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from pipelines.entities.given_names import SKIPPED_LOCALES
from pipelines.entities.keys import match_key


@lru_cache(maxsize=1)
def name_genders() -> dict[str, str]:
    """Match key of a given name -> "he" or "she" (see the module docstring)."""
    from faker.providers import person

    male: set[str] = set()
    female: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        if module.name in SKIPPED_LOCALES:
            continue  # every American birth name: "Lawyer", "Boss", "Star"
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr, names in (("first_names_male", male), ("first_names_female", female)):
            values = getattr(provider, attr, None)
            if isinstance(values, (list, tuple, dict)):
                names.update(match_key(n) for n in values if isinstance(n, str) and n[:1].isupper())
    return {**{k: "he" for k in male - female}, **{k: "she" for k in female - male}}
