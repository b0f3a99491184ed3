"""Holidays and festivals: a time of the year, never a place nor a person. The small model tags
"by [Easter]" or "its [Easter] break" LOC, FAC or PERSON (it read a capitalised word after "by"
or before a noun); the name itself says better. A name that is a holiday's or a festival's
(:data:`HOLIDAYS`: "Easter", "Christmas", "Ramadan", "Hogmanay", "New Year"), alone or with
"Day", "Eve", "Night" or "Weekend" ("Christmas Eve", "Easter Monday"), or a day's name before
"Day" (:data:`DAY_NAMES`: "St Patrick's Day", "Mother's Day", "Boxing Day", "Remembrance Day";
not "St Patrick" alone), votes EVENT as a designator does (:mod:`labels`), the label the corpus
gives "New Year" and "Boxing Day"; a surname so spelt resolved to a full name ("Mark Easter")
votes PERSON before any designator."""

from __future__ import annotations

from functools import lru_cache

from pipelines.entities.keys import match_key


def _keys(names: str) -> frozenset[str]:
    return frozenset(match_key(n.replace("_", " ")) for n in names.split())


HOLIDAYS = _keys(
    """christmas xmas easter new_year chinese_new_year lunar_new_year ramadan eid eid_al-fitr eid_al-adha
    diwali hanukkah chanukah passover yom_kippur rosh_hashanah purim sukkot thanksgiving halloween hogmanay
    lent advent pentecost whitsun epiphany michaelmas candlemas mardi_gras holi vaisakhi kwanzaa
    good_friday shrove_tuesday ash_wednesday palm_sunday maundy_thursday bonfire_night burns_night
    guy_fawkes_night remembrance_sunday yuletide"""
)
"""Holidays and festivals, whose name alone names them ("by [Easter]", "during [Ramadan]")."""
DAY_NAMES = _keys(
    """boxing valentine st_valentine st_patrick st_andrew st_david st_george mother father may labour labor
    memorial remembrance armistice australia canada bastille veterans presidents"""
)
"""Words that name a holiday before "Day" ("[St Patrick's Day]", "[Remembrance Day]"), not alone."""
SUFFIXES = _keys("day eve night weekend sunday monday")
"""Words after a holiday's name that still name the holiday ("[Christmas Eve]", "[Easter Monday]")."""


@lru_cache(maxsize=100_000)
def is_holiday(key: str) -> bool:
    """The match key names a holiday or a festival (see the module docstring)."""
    if key in HOLIDAYS:
        return True
    head, _, last = key.rpartition(" ")
    if not head or last not in SUFFIXES:
        return False
    heads = (head, head.removesuffix("s"))  # "New Year's Eve", "St Patrick's Day"
    return any(h in HOLIDAYS or (last == "day" and h in DAY_NAMES) for h in heads)
