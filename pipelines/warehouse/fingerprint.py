"""Fingerprints of the code and models that produce stored results: when one changes, the
articles are processed again instead of reusing rows made by the old version."""

from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path

from pipelines import settings

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def code(*relative: str) -> str:
    """Digest of the given modules or packages (paths relative to the ``pipelines`` package)."""
    digest = hashlib.sha256()
    for name in relative:
        path = PACKAGE_DIR / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [p for p in [path] if p.exists()]
        for file in files:
            digest.update(file.relative_to(PACKAGE_DIR).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def model(name: str | None = None) -> str:
    name = name or settings.spacy_model()
    try:
        version = metadata.version(name.replace("_", "-"))
    except metadata.PackageNotFoundError:
        version = "unknown"
    return f"{name}=={version}"


NER_MODULES = (
    "entities/ner.py",
    "entities/spans.py",
    "entities/casing.py",
    "entities/lists.py",
    "entities/consistency.py",
    "entities/keys.py",
    "wordlists.py",
)
"""The modules that make the stored raw spans (``ner_spans``: spaCy's spans and the NER stage's
passes), which a full run reuses while this fingerprint is unchanged."""


def ner() -> str:
    return f"{model()}+{code(*NER_MODULES)}"


def amounts() -> str:
    return f"{model()}+{code('money', 'result_tables.py')}"


def stages() -> dict[str, str]:
    """The fingerprint of every stage, under its ``pipeline_state`` key. An incremental run
    needs all of them unchanged: rows made by other code are rebuilt by a full run."""
    return {
        "ingest_fingerprint": code("ingest"),
        "ner_fingerprint": ner(),
        "amounts_fingerprint": amounts(),
        "entities_fingerprint": code("entities", "wordlists.py", "result_tables.py"),
        "stories_fingerprint": code("stories"),
    }
