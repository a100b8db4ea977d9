"""The pair matching of ``benchmarks/actors.py`` for actors outside the catalogue."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pandas as pd
import pytest

BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "actors.py"


@pytest.fixture(scope="module")
def actors() -> ModuleType:
    """The benchmark script loaded as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location("benchmark_actors", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def mentions(*rows: tuple[int, int, str]) -> pd.DataFrame:
    """Mentions of one article, ``(start, end, actor_id)`` each."""
    return pd.DataFrame([{"article_id": "a", "start": s, "end": e, "actor_id": i} for s, e, i in rows])


# «تمويل من مؤسسة الدوحة للفيلم»: the body spans 9-28, the place «الدوحة» 15-21 inside it
BODY = (9, 28, "doha_film_institute")


def test_a_place_inside_a_body_does_not_stand_for_the_body(actors: ModuleType) -> None:
    gold_pairs, pred_pairs, matched, used = actors.outside_matches(
        mentions(BODY), mentions((15, 21, "qatar")), known={"qatar"})
    assert gold_pairs == {("a", "doha_film_institute")} and pred_pairs == {("a", "qatar")}
    assert matched == set() and used == set()


def test_the_same_span_under_another_slug_matches(actors: ModuleType) -> None:
    _, _, matched, used = actors.outside_matches(
        mentions(BODY), mentions((9, 28, "dfi")), known={"dfi"})
    assert matched == {("a", "doha_film_institute")} and used == {("a", "dfi")}


def test_a_name_with_a_head_run_in_still_matches(actors: ModuleType) -> None:
    # a head run in as long as the name itself: the gold mention is still half of the predicted one
    _, _, matched, _ = actors.outside_matches(
        mentions((10, 20, "inter_score")), mentions((0, 20, "ar:x")), known=set())
    assert matched == {("a", "inter_score")}
