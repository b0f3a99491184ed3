"""Entity labels from evidence the small model misses on a single mention (issue 11): an
honorific or a person's role just outside its span, the shape of the name (an acronym is no
person, a country's name with a nationality's ending is a nationality), a given name of many
countries opening a full name, and a brand word after it."""

from __future__ import annotations

import pytest

from pipelines.entities.canonical import canonicalize
from pipelines.entities.labels import is_demonym
from tests.test_entities import corpus


def labels_of(*articles) -> dict[str, str]:
    articles, mentions = corpus(*articles)
    return dict(canonicalize(mentions, articles).entities.select("name", "label").iter_rows())


def test_an_honorific_outside_the_span_makes_a_person() -> None:
    text = "Mr Camus said he would leave. Fighting between Mr Camus and Mr Forgeard hit the headlines."
    assert labels_of(("a1", text, [("Camus", "NORP"), ("Camus", "NORP"), ("Forgeard", "PERSON")]))["Camus"] == "PERSON"


def test_a_persons_role_outside_the_span_makes_a_person() -> None:
    text = "He worked with the director Tim Burton on the film."
    assert labels_of(("a1", text, [("Tim Burton", "ORG")]))["Tim Burton"] == "PERSON"


def test_an_honorific_outweighs_a_nationalitys_ending() -> None:
    text = '"Demand is huge," said Mr Irish. "Gadgets are lifestyle now," said Mr Irish.'
    assert labels_of(("a1", text, [("Irish", "NORP"), ("Irish", "NORP")]))["Irish"] == "PERSON"


def test_an_acronym_is_not_a_person() -> None:
    text = "CENTR, the Council of European National Top Level Domain Registries, agrees."
    assert labels_of(("a1", text, [("CENTR", "PERSON")]))["CENTR"] == "ORG"


def test_a_countrys_name_with_a_nationalitys_ending_is_a_nationality() -> None:
    text = "Those of Pakistani, Bangladeshi and black Caribbean origin. A beautiful Eastern European city."
    labels = [("Pakistani", "NORP"), ("Bangladeshi", "PERSON"), ("Eastern European", "LOC")]
    assert labels_of(("a1", text, labels)) == {"Pakistani": "NORP", "Bangladeshi": "NORP", "Eastern European": "NORP"}


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("bangladeshi", True),
        ("israeli", True),
        ("chinese", True),
        ("canadian", True),
        ("british", True),
        ("south african", True),
        ("sudan", False),  # a country itself
        ("francis", False),  # "Franc-is": "-is" follows a whole name only
        ("christian", False),  # Christchurch is a city, not a country
        ("americas", False),  # a bare plural
        ("morgan", False),
    ],
)
def test_nationalities_are_read_from_country_names(key: str, expected: bool) -> None:
    assert is_demonym(key) is expected


def test_a_given_name_opening_a_full_name_makes_a_person() -> None:
    text = "The model Helena Hessel arrived. Critics praised the show."
    assert labels_of(("a1", text, [("Helena Hessel", "ORG")]))["Helena Hessel"] == "PERSON"


def test_a_given_name_is_no_evidence_before_a_common_word_or_a_word_opening_other_names() -> None:
    text = (
        "A house, a big house and another house. Clarence House said so. "
        "Royal Armagh won. Royal Mail and Royal Navy and Royal Ballet too: the mail, the navy, the ballet."
    )
    labels = [("Clarence House", "ORG"), ("Royal Armagh", "ORG"), ("Royal Mail", "ORG")]
    labels += [("Royal Navy", "ORG"), ("Royal Ballet", "ORG")]
    out = labels_of(("a1", text, labels))
    assert out["Clarence House"] == "ORG"
    assert out["Royal Armagh"] == "ORG"


def test_a_brand_word_after_the_name_makes_an_organisation() -> None:
    text = "Foster's owns the Beringer and Wolf Blass brands among others."
    assert labels_of(("a1", text, [("Beringer", "ORG"), ("Wolf Blass", "PERSON")]))["Wolf Blass"] == "ORG"


def test_a_name_opening_a_clause_with_a_plural_verb_is_a_team_or_firm() -> None:
    text = "Chesterton have won only two games. It is thought that Chesterton are looking for a striker."
    assert labels_of(("a1", text, [("Chesterton", "PERSON"), ("Chesterton", "PERSON")]))["Chesterton"] == "ORG"


def test_a_plural_verb_after_the_last_name_of_a_list_says_nothing() -> None:
    text = "World champion Kelli White and relay star Alvin Harrison have both been banned."
    labels = labels_of(("a1", text, [("Kelli White", "PERSON"), ("Alvin Harrison", "PERSON")]))
    assert labels["Alvin Harrison"] == "PERSON"


def test_a_group_word_before_the_name_makes_an_organisation() -> None:
    text = "Shares in engineering group Jarvis soared. Cult British band Portishead returned."
    labels = labels_of(("a1", text, [("Jarvis", "PERSON"), ("Portishead", "PERSON")]))
    assert labels == {"Jarvis": "ORG", "Portishead": "ORG"}


def test_a_name_after_a_persons_name_and_of_is_an_organisation_unless_a_place() -> None:
    text = "Mark Bailin of Rymer Seafood; Tim Daly of Michael Foods; Irakli Labadze of Georgia lost."
    labels = [("Mark Bailin", "PERSON"), ("Rymer Seafood", "ORG"), ("Tim Daly", "PERSON")]
    labels += [("Michael Foods", "PERSON"), ("Irakli Labadze", "PERSON"), ("Georgia", "GPE")]
    out = labels_of(("a1", text, labels))
    assert (out["Michael Foods"], out["Georgia"], out["Tim Daly"]) == ("ORG", "GPE", "PERSON")


def test_a_kind_of_work_before_the_name_makes_a_work() -> None:
    text = "Eminem's album includes the track Mosh, a tirade. The film Vera Drake won."
    labels = labels_of(("a1", text, [("Eminem", "PERSON"), ("Mosh", "PERSON"), ("Vera Drake", "ORG")]))
    assert (labels["Mosh"], labels["Vera Drake"]) == ("WORK_OF_ART", "WORK_OF_ART")


def test_a_kinship_word_before_a_first_name_makes_a_person() -> None:
    text = "Sophie Okonedo, who plays Cheadle's wife Tatiana, is nominated."
    labels = [("Sophie Okonedo", "PERSON"), ("Cheadle", "PERSON"), ("Tatiana", "GPE")]
    assert labels_of(("a1", text, labels))["Tatiana"] == "PERSON"


def test_a_title_of_nobility_and_of_make_a_person() -> None:
    text = "However, the Prince of Wales did receive over £4m. All were eligible after the Prince of Wales."
    labels = [("Prince of Wales", "ORG"), ("Prince of Wales", "ORG")]
    assert labels_of(("a1", text, labels))["Prince of Wales"] == "PERSON"


def test_a_given_name_shared_with_a_small_town_still_opens_a_full_name() -> None:
    text = "Kelly will be up against Carolina Kluft in the pentathlon."
    assert labels_of(("a1", text, [("Kelly", "PERSON"), ("Carolina Kluft", "ORG")]))["Carolina Kluft"] == "PERSON"


def test_a_nationality_and_man_is_a_nationality() -> None:
    text = "French officials met. The Frenchman twisted his ankle, but the Frenchman won."
    labels = [("French", "NORP"), ("Frenchman", "ORG"), ("Frenchman", "ORG")]
    assert labels_of(("a1", text, labels))["Frenchman"] == "NORP"


def test_a_kind_of_firm_before_the_name_makes_an_organisation() -> None:
    text = "Anders Igels, chief executive of Nordic operator Teliasonera, spoke."
    labels = labels_of(("a1", text, [("Anders Igels", "PERSON"), ("Teliasonera", "PERSON")]))
    assert labels["Teliasonera"] == "ORG"


def test_a_plural_kind_of_work_and_including_before_the_name_makes_a_work() -> None:
    text = "They performed a medley of songs including Back Stabbers and a rendition of Street Life."
    labels = labels_of(("a1", text, [("Back Stabbers", "ORG"), ("Street Life", "ORG")]))
    assert labels == {"Back Stabbers": "WORK_OF_ART", "Street Life": "WORK_OF_ART"}
