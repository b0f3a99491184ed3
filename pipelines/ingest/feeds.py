"""JSON Lines and JSON feeds: one record a line, or JSON documents walked by position so that
each record keeps the line it starts on; a broken record is quarantined, the rest load."""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass

from pipelines import settings
from pipelines.ingest.fields import LIST_KEYS, field_key, find_field, json_type, record_from_object
from pipelines.ingest.records import Quarantined, Record, RecordError, collect, record_bytes
from pipelines.ingest.sources import Format, SourceFile, over_cap


def json_error(exc: json.JSONDecodeError, *, with_line: bool = True) -> str:
    where = f"line {exc.lineno}, column {exc.colno}" if with_line else f"column {exc.colno}"
    return f"invalid JSON: {exc.msg.removesuffix(' at')} ({where})"


def read_jsonl(file: SourceFile) -> tuple[list[Record], list[Quarantined]]:
    """One record a line; blank lines are skipped, and a file of none is quarantined. (Lines
    are split at \\n only: JSON strings may hold U+2028 and other characters that
    ``str.splitlines`` would split at.)"""
    if not file.raw.strip():
        return [], [Quarantined(file.source_path, file, None, Format.JSONL, "no text in the file", file.raw)]
    records: list[Record] = []
    bad: list[Quarantined] = []
    for line_no, line in enumerate(file.raw.split("\n"), start=1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        path = f"{file.source_path}#L{line_no}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            bad.append(Quarantined(path, file, line_no, Format.JSONL, json_error(exc, with_line=False), line))
            continue
        collect(_from_object(obj, path, file, line_no, Format.JSONL, line), records, bad)
    return records, bad


def _from_object(
    obj: object, path: str, file: SourceFile, line_no: int | None, format: Format, raw: str
) -> Record | Quarantined:
    """The article of one decoded feed record, or the record quarantined with the reason."""
    if (size := record_bytes(raw)) > (cap := settings.max_article_bytes()):
        return Quarantined(path, file, line_no, format, over_cap(size, cap), raw)
    try:
        text, meta, identity = record_from_object(obj)
    except RecordError as exc:
        return Quarantined(path, file, line_no, format, str(exc), raw)
    return Record(path, file, line_no, format, text, meta, identity)


_DECODER = json.JSONDecoder()


_WS = re.compile(r"[ \t\n\r]*")


@dataclass
class _Item:
    start: int  # offset of the record in the document
    value: object = None
    error: str | None = None
    raw: str = ""


def _ws(text: str, pos: int) -> int:
    return _WS.match(text, pos).end()


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _resync(text: str, start: int, indent: str) -> int | None:
    """After a broken element that started at ``start``: the offset of the next line that opens
    an element at the same indentation, or None (the rest of the array is lost)."""
    m = re.compile(rf"\n{re.escape(indent)}([{{\[\"])").search(text, start)
    return m.start(1) if m else None


def _scan_array(text: str, pos: int) -> tuple[list[_Item], int, str | None]:
    """The elements of the array opening at ``pos``: (items, end offset, error). A broken
    element becomes an item with its error, and reading goes on at the next line that opens
    an element at the indentation of the first one."""
    items: list[_Item] = []
    pos = _ws(text, pos + 1)
    if text.startswith("]", pos):
        return items, pos + 1, None
    indent = text[_line_start(text, pos) : pos]
    indent = indent if not indent.strip() else ""
    while pos < len(text):
        start = pos
        try:
            value, end = _DECODER.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            nxt = _resync(text, start, indent)
            stop = nxt if nxt is not None else len(text)
            raw = text[start:stop].rstrip()
            raw = raw[:-1].rstrip() if raw.endswith(",") else raw
            items.append(_Item(start, error=json_error(exc), raw=raw))
            if nxt is None:
                return items, len(text), None
            pos = nxt
            continue
        items.append(_Item(start, value, raw=text[start:end]))
        pos = _ws(text, end)
        if text.startswith(",", pos):
            pos = _ws(text, pos + 1)
        elif text.startswith("]", pos):
            return items, pos + 1, None
        # anything else: a missing comma, or garbage that the next decode reports
    return items, len(text), "the array is not closed"


def _scan_object(
    text: str, pos: int, depth: int = 0
) -> tuple[dict[str, list[_Item]], int, json.JSONDecodeError | None]:
    """The arrays held by the object opening at ``pos`` (and by objects inside it, one level
    down), by key: (arrays, end offset, error). Reading stops at the first error outside an
    array; the arrays found so far are kept."""
    arrays: dict[str, list[_Item]] = {}
    pos = _ws(text, pos + 1)
    if text.startswith("}", pos):
        return arrays, pos + 1, None
    try:
        while True:
            key, pos = _DECODER.raw_decode(text, pos)
            if not isinstance(key, str):
                raise json.JSONDecodeError("Expecting property name", text, pos)
            pos = _ws(text, pos)
            if not text.startswith(":", pos):
                raise json.JSONDecodeError("Expecting ':' delimiter", text, pos)
            pos = _ws(text, pos + 1)
            if text.startswith("[", pos):
                items, pos, _ = _scan_array(text, pos)
                arrays.setdefault(key, items)
            elif text.startswith("{", pos) and depth < 1:
                inner, pos, error = _scan_object(text, pos, depth + 1)
                for inner_key, items in inner.items():
                    arrays.setdefault(f"{key}.{inner_key}", items)
                if error is not None:
                    return arrays, pos, error
            else:
                _, pos = _DECODER.raw_decode(text, pos)
            pos = _ws(text, pos)
            if text.startswith(",", pos):
                pos = _ws(text, pos + 1)
            elif text.startswith("}", pos):
                return arrays, pos + 1, None
            else:
                raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
    except json.JSONDecodeError as exc:
        return arrays, exc.pos, exc


def _pick_array(arrays: dict[str, list[_Item]]) -> list[_Item] | None:
    """The list of articles among an object's arrays: the first under a known name
    (``articles``, ``items``, ...), else the one with the most objects in it."""
    for wanted in LIST_KEYS:
        for key, items in arrays.items():
            if field_key(key.rsplit(".", 1)[-1]) == wanted and any(isinstance(i.value, dict) or i.error for i in items):
                return items
    best = max(arrays.values(), key=lambda items: sum(isinstance(i.value, dict) for i in items), default=None)
    return best if best and any(isinstance(i.value, dict) for i in best) else None


def read_json(file: SourceFile) -> tuple[list[Record], list[Quarantined]]:
    text = file.raw
    newlines = [m.start() for m in re.finditer("\n", text)]

    def line_of(offset: int) -> int:
        return bisect.bisect_right(newlines, offset - 1) + 1

    def whole_file(error: str, offset: int | None = None) -> tuple[list[Record], list[Quarantined]]:
        line = line_of(offset) if offset is not None else None
        return [], [Quarantined(file.source_path, file, line, Format.JSON, error, text)]

    start = _ws(text, 0)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        document, broken = None, exc
    else:
        broken = None
    if isinstance(document, dict) and (find_field(document, "text") or find_field(document, "html")):
        item = _from_object(document, file.source_path, file, None, Format.JSON, text)  # one article in the file
        if isinstance(item, Quarantined):
            return whole_file(item.error, start)
        return [item], []
    if text.startswith("[", start):
        items, _, unclosed = _scan_array(text, start)
        if unclosed is not None and not any(item.error for item in items):
            items = [*items, _Item(len(text), error=f"invalid JSON: {unclosed}", raw="")]
    elif text.startswith("{", start):
        arrays, _, error = _scan_object(text, start)
        items = _pick_array(arrays)
        if items is None:
            if error is not None:
                return whole_file(json_error(error), error.pos)
            return whole_file("no list of article records found in the JSON object", start)
        if error is not None and not any(item.error for item in items):
            # the list was read; the object around it is broken after it
            items = [*items, _Item(error.pos, error=json_error(error), raw=text[error.pos :].strip())]
    elif broken is not None:
        return whole_file(json_error(broken), broken.pos)
    else:
        return whole_file(f"the file holds a JSON {json_type(document)}, not articles", start)

    if not items:  # a feed with no records: recorded, so that it is not read again as news
        return whole_file("the JSON list holds no article records", start)
    records: list[Record] = []
    bad: list[Quarantined] = []
    lines = [line_of(item.start) for item in items]
    per_line: dict[int, int] = {}
    for line in lines:
        per_line[line] = per_line.get(line, 0) + 1
    seen: dict[int, int] = {}
    for item, line in zip(items, lines):
        seen[line] = seen.get(line, 0) + 1
        path = f"{file.source_path}#L{line}" + (f".{seen[line]}" if per_line[line] > 1 else "")
        if item.error is not None:
            bad.append(Quarantined(path, file, line, Format.JSON, item.error, item.raw))
            continue
        collect(_from_object(item.value, path, file, line, Format.JSON, item.raw), records, bad)
    return records, bad
