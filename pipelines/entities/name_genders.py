"""The gender a given name tells, from Faker's person providers (an installed MIT-licensed
package; nothing is downloaded; the bare ``en`` locale's American birth names, "Lawyer" and
"Star" among them, are left out): a name listed only among the male names of every locale is a
man's ("Tony", "Charles"), only among the female ones a woman's ("Sarah", "Emily"); a name in
both ("Jean", "Kelly", "Robin") tells nothing. Speakers use it so that "he" never reaches a
Sarah nor "she" a Tony, when no honorific ("Mr", "Ms") says more."""

from __future__ import annotations

from pipelines import cache
from pipelines.entities.given_names import NAME_MODULES, NAME_PACKAGES, person_providers, provider_names
from pipelines.entities.keys import match_key


@cache.kept("name_genders", modules=NAME_MODULES, packages=NAME_PACKAGES)
def name_genders() -> dict[str, str]:
    """Match key of a given name -> "he" or "she" (see the module docstring)."""
    male: set[str] = set()
    female: set[str] = set()
    for _, provider in person_providers():  # not the bare "en" list: "Lawyer", "Boss", "Star"
        for attr, names in (("first_names_male", male), ("first_names_female", female)):
            names.update(match_key(n) for n in provider_names(provider, attr) if isinstance(n, str) and n[:1].isupper())
    return {**{k: "he" for k in male - female}, **{k: "she" for k in female - male}}
