"""Publication dates as feeds write them, parsed into ``published_at``."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.ingest.cleaning import parse_date
from pipelines.ingest.values import parse_published


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("26-FEB-1987 15:01:01.79", date(1987, 2, 26)),  # Reuters-21578
        ("3-MAR-1987 09:18:21.26", date(1987, 3, 3)),
        ("19-OCT-1987", date(1987, 10, 19)),
        ("5 Mar 2024 10:00", date(2024, 3, 5)),
        ("March 5, 2024 10:00:00", date(2024, 3, 5)),
        ("2024/03/05", date(2024, 3, 5)),
        ("31-FEB-1987 10:00:00", None),
        ("26-FOO-1987", None),
    ],
)
def test_feed_dates(value: str, expected: date | None) -> None:
    assert parse_published(value) == expected


def test_written_dates_keep_parsing() -> None:
    assert parse_date("5 March 2024") == date(2024, 3, 5)
    assert parse_date("26-Feb-1987") == date(1987, 2, 26)
    assert parse_date("not a date") is None
