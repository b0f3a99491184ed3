"""A title and a sequel's number in an article about films is a film's (issue 11): "Spider-Man 2" read
as a person (so a product, for its digit) or an organisation votes WORK_OF_ART there; not a game's
sequel, a channel or a law's part."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from pipelines.entities.sequel_titles import film_sequel
from tests.test_entities import corpus

REVIEW = (
    "DVD review: the film of the year. A superhero movie is rarely good, but Spider-Girl 2 breaks that "
    "rule. The director knows his cinema and the actors shine."
)


def sequel(text: str, name: str) -> bool:
    start = text.index(name)
    return film_sequel(text, start, start + len(name))


def test_a_sequel_in_an_article_about_films_is_a_film() -> None:
    assert sequel(REVIEW, "Spider-Girl 2")
    text = "The actor played the boss in 1987's Robocap and Robocap 2 three years later, the film studio said."
    assert sequel(text, "Robocap 2")


def test_games_channels_and_laws_are_no_films() -> None:
    assert not sequel("The film and the game Halo 3 sold well; the movie less so.", "Halo 3")
    assert not sequel("The film was shown on Channel 4 after the Oscars, the director said.", "Channel 4")
    assert not sequel("The film fell foul of Section 5 of the act, the director said.", "Section 5")
    assert not sequel("The film starring Queen Elizabeth II opens; the director said so.", "Queen Elizabeth II")
    assert not sequel("The band Maroon 5 played on.", "Maroon 5")  # no film near


def test_the_sequel_votes_work_of_art() -> None:
    articles, mentions = corpus(("a1", REVIEW, [("Spider-Girl 2", "PERSON")]))
    result = canonicalize(mentions, articles)
    assert dict(zip(result.entities["name"], result.entities["label"]))["Spider-Girl 2"] == "WORK_OF_ART"
