"""NER on any text (end to end too): a text longer than the model's max_length is split at paragraph or
sentence boundaries (else white space, else a hard cut) and its entity offsets mapped back
into the whole text; a document spaCy fails on leaves its article without mentions, with
the reason reported, and the run goes on."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from pipelines.entities import ner as nlp
from pipelines.warehouse import store as warehouse
from tests.helpers import run_pipeline

PARAGRAPH = "Angela Merkel met Emmanuel Macron in Paris on Monday. They spoke about Ukraine."


@pytest.mark.parametrize(
    "text, limit, cuts",
    [
        ("aaaa\n\nbbbb\n\ncccc", 12, [(0, 12), (12, 16)]),  # after the last paragraph break that fits
        ("One two. Three four. Five six.", 22, [(0, 21), (21, 30)]),  # after a sentence
        ("one two three four", 10, [(0, 8), (8, 18)]),  # after white space
        ("abcdefghij", 4, [(0, 4), (4, 8), (8, 10)]),  # a hard cut
        ("short", 10, [(0, 5)]),
        ("", 10, [(0, 0)]),
    ],
)
def test_pieces_cut_at_the_best_boundary_within_the_limit(text: str, limit: int, cuts: list) -> None:
    assert nlp.pieces(text, limit) == cuts


def test_pieces_cover_the_text_within_the_limit() -> None:
    text = ("\n\n".join([PARAGRAPH] * 7) + " " + "x" * 300 + " tail.") * 3
    for limit in (25, 90, 200, 1000):
        cuts = nlp.pieces(text, limit)
        assert "".join(text[a:b] for a, b in cuts) == text
        assert all(0 < b - a <= limit for a, b in cuts)
        assert all(cuts[i][1] == cuts[i + 1][0] for i in range(len(cuts) - 1))


def test_a_long_text_is_split_and_offsets_map_back() -> None:
    text = "\n\n".join(f"{PARAGRAPH} Report {i}." for i in range(40))
    [whole] = nlp.entity_spans([text])
    [split] = nlp.entity_spans([text], max_chars=300)
    assert len(nlp.pieces(text, 300)) > 10
    assert all(text[s.start_char : s.end_char] == s.text for s in split)
    named = lambda spans: [(s.text, s.label, s.start_char) for s in spans if s.label in ("PERSON", "GPE")]  # noqa: E731
    assert named(split) == named(whole) and len(named(whole)) == 160


def test_a_text_over_the_models_max_length_is_not_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    model = nlp.load(None)  # the object entity_spans loads
    monkeypatch.setattr(model, "max_length", 2_000)
    text = "\n\n".join([PARAGRAPH] * 80)  # ~6,500 characters: spaCy alone raises E088
    with pytest.raises(ValueError, match="E088"):
        model(text)
    [spans] = nlp.entity_spans([text])
    assert {s.text for s in spans} >= {"Angela Merkel", "Paris"}
    assert all(text[s.start_char : s.end_char] == s.text for s in spans)
    assert max(s.end_char for s in spans) > 6_000


@Language.component("fails_on_boom")
def _fails_on_boom(doc):
    if "BOOM" in doc.text:
        raise RuntimeError("the model broke")
    return doc


def test_a_document_spacy_fails_on_gets_no_mentions_and_the_rest_go_on(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = spacy.blank("en")
    broken.add_pipe("fails_on_boom")
    ruler = broken.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "GPE", "pattern": "Oslo"}])
    monkeypatch.setattr(nlp, "load", lambda *a, **k: broken)
    articles = pl.DataFrame(
        {"article_id": [f"a{i}" for i in range(5)], "text": ["Oslo.", "Oslo BOOM.", "Oslo!", "Oslo?", "BOOM"]}
    )
    failures: list[tuple[str, str]] = []
    frame = nlp.mentions_frame(articles, batch_size=2, on_error=lambda aid, exc: failures.append((aid, str(exc))))
    assert frame["article_id"].to_list() == ["a0", "a2", "a3"]
    assert [aid for aid, _ in failures] == ["a1", "a4"] and "the model broke" in failures[0][1]


def test_a_model_that_fails_on_every_text_stops_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = spacy.blank("en")
    broken.add_pipe("fails_on_boom")
    monkeypatch.setattr(nlp, "load", lambda *a, **k: broken)
    articles = pl.DataFrame({"article_id": ["a0", "a1"], "text": ["BOOM one.", "BOOM two."]})
    with pytest.raises(RuntimeError, match="every one of 2 texts"):
        nlp.mentions_frame(articles, on_error=lambda aid, exc: None)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .!?\n\t\r”"), max_size=200) | st.text(max_size=200), st.integers(1, 40))
def test_any_text_is_cut_into_consecutive_pieces_within_the_limit(text: str, limit: int) -> None:
    cuts = nlp.pieces(text, limit)
    assert "".join(text[a:b] for a, b in cuts) == text
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(cuts[i][1] == cuts[i + 1][0] for i in range(len(cuts) - 1))
    assert all(0 < b - a <= limit for a, b in cuts) or text == ""


def test_a_text_longer_than_the_models_max_length_is_read_in_pieces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(nlp.load(None), "max_length", 2_000)  # stands for spaCy's 1,000,000
    source = tmp_path / "source"
    source.mkdir()
    paragraphs = [f"Angela Merkel met Emmanuel Macron in Paris on day {i}. They paid €{i}m." for i in range(100)]
    (source / "long.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    path = tmp_path / "news.duckdb"
    assert run_pipeline(source, path).success
    assert warehouse.read(path, "SELECT length(text) FROM articles").item() > 6_000
    last = warehouse.read(path, "SELECT max(end_char) AS e, count(*) AS n FROM mentions WHERE text = 'Paris'").row(0)
    assert last[0] > 6_000 and last[1] == 100
    assert warehouse.read(path, "SELECT count(*) FROM amounts").item() == 99  # €0m is no amount


# --- memory zones ----------------------------------------------------------------------------

ZONE_TEXTS = [f"Mr Zorblat{i} of Quuxcorp{i} met Angela Merkel in Berlin on day {i}." for i in range(12)]


def test_memory_zones_change_no_span(monkeypatch: pytest.MonkeyPatch) -> None:
    whole = list(nlp.entity_spans(ZONE_TEXTS, n_process=1))
    monkeypatch.setenv("NEWS_NLP_ZONE_TEXTS", "5")
    assert list(nlp.entity_spans(ZONE_TEXTS, n_process=1)) == whole


def test_ner_runs_without_a_tok2vec_nothing_listens_to_and_finds_the_same_entities() -> None:
    import spacy

    from pipelines import settings

    model = nlp.load(None)
    assert "ner" in model.pipe_names and "tok2vec" not in model.pipe_names
    with_tok2vec = spacy.load(settings.spacy_model(), exclude=list(nlp.UNUSED_FOR_NER))
    assert "tok2vec" in with_tok2vec.pipe_names  # the model has one: only the tagger and parser listen
    texts = [
        "Angela Merkel met Emmanuel Macron in Paris on Monday, Reuters reported.",
        "Shares in Marks & Spencer rose after Sir Stuart Rose said sales in London grew.",
    ]
    found = [[(e.text, e.label_) for e in doc.ents] for doc in model.pipe(texts)]
    assert found == [[(e.text, e.label_) for e in doc.ents] for doc in with_tok2vec.pipe(texts)]
    assert any(found)


def test_a_tok2vec_that_a_loaded_component_listens_to_is_kept() -> None:
    from pipelines.money.objects import EXCLUDE

    parser = nlp.load(exclude=EXCLUDE)  # the money step's parser listens to it
    assert "tok2vec" in parser.pipe_names and "parser" in parser.pipe_names
