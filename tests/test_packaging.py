"""pyproject.toml and environment.yml install the same packages."""

from __future__ import annotations

import re
import tomllib

import yaml

from conftest import ROOT


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _conda_pip() -> list[str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip_sections = [item["pip"] for item in env["dependencies"] if isinstance(item, dict) and "pip" in item]
    assert len(pip_sections) == 1, "environment.yml needs exactly one pip section"
    return pip_sections[0]


def _requirement(spec: str) -> tuple[str, str]:
    """(canonical name with extras, version constraint without spaces) of a requirement string."""
    match = re.match(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$", spec)
    assert match, f"unreadable requirement {spec!r}"
    name = re.sub(r"[-_.]+", "-", match.group(1)).lower()
    extras = ",".join(sorted(e.strip().lower() for e in (match.group(2) or "[]")[1:-1].split(",") if e.strip()))
    constraint = ",".join(sorted(c.strip() for c in match.group(3).replace(" ", "").split(",") if c.strip()))
    return (f"{name}[{extras}]" if extras else name), constraint


def _packages(specs: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for spec in specs:
        name, constraint = _requirement(spec)
        assert name not in out, f"{name} listed twice"
        out[name] = constraint
    return out


def test_requirement_parsing():
    assert _requirement("dask[dataframe] >= 2024.8") == ("dask[dataframe]", ">=2024.8")
    assert _requirement("Python_Bidi>=0.6") == ("python-bidi", ">=0.6")
    assert _requirement("matplotlib>=3.11,<3.12") == ("matplotlib", "<3.12,>=3.11")


def test_environment_installs_the_project_itself():
    pip = _conda_pip()
    assert any(re.fullmatch(r"(-e|--editable)\s+\.(\[[^\]]*\])?", item.strip()) for item in pip), (
        "environment.yml must install the project (--editable .)")


def test_dependencies_and_extras_match_environment():
    """dependencies + the test extra + every other extra environment.yml carries, against its pip section.

    An extra counts as carried when the editable install names it (``-e .[bench]``)
    or when any of its packages is in the pip section; then all of them must be.
    """
    project = _pyproject()["project"]
    extras = {name: _packages(specs) for name, specs in project.get("optional-dependencies", {}).items()}
    pip = _conda_pip()
    found = _packages([item for item in pip if not item.strip().startswith("-")])
    named = {e.strip() for item in pip if item.strip().startswith("-") for group in re.findall(r"\[([^\]]*)\]", item)
             for e in group.split(",")}
    assert named <= extras.keys(), f"environment.yml installs extras unknown to pyproject.toml: {named - extras.keys()}"
    carried = {"test"} | named | {name for name, pkgs in extras.items() if pkgs.keys() & found.keys()}
    expected = _packages(project["dependencies"])
    for name in sorted(carried & extras.keys()):
        expected.update(extras[name])
    missing = {k: v for k, v in expected.items() if k not in found}
    unexpected = {k: v for k, v in found.items() if k not in expected}
    differing = {k: (expected[k], found[k]) for k in expected.keys() & found.keys() if expected[k] != found[k]}
    assert not missing, f"in pyproject.toml but not in environment.yml: {missing}"
    assert not unexpected, f"in environment.yml but in neither dependencies nor an extra of pyproject.toml: {unexpected}"
    assert not differing, f"version constraints differ (pyproject, environment): {differing}"
