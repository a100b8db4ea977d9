"""Load and validate the hand-annotated gold set (see README.md in this folder).

    python benchmarks/gold/gold.py          # validate every annotation file, print counts

>>> articles = load_articles()
>>> len(articles) == 40
True
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
LAYERS = ("entities", "dates", "quotes", "stance")
ANNOTATORS = {"a": HERE / "annotations", "b": HERE / "annotations_b"}

_ENUMS = {
    ("entities", "type"): {"PER", "ORG", "GPE", "LOC", "MISC"},
    ("dates", "kind"): {"date", "range", "weekday", "relative", "month", "year", "time", "duration"},
    ("dates", "granularity"): {"minute", "day", "week", "month", "year", None},
    ("dates", "calendar"): {"gregorian", "hijri", None},
    ("quotes", "kind"): {"direct", "reported", "mixed"},
    ("stance", "category"): {"verbal cooperation", "material cooperation", "verbal conflict", "material conflict"},
}
# The span each layer's start/end must reproduce.
_SPAN_FIELD = {"entities": "surface", "dates": "surface", "stance": "cue", "quotes": None}


def load_articles() -> pd.DataFrame:
    """The 40 gold articles (columns n, article_id, source, url, published, title, text)."""
    frame = pd.read_json(HERE / "articles.jsonl", lines=True, dtype={"article_id": str})
    frame["published"] = pd.to_datetime(frame["published"], utc=True).dt.tz_convert("Asia/Riyadh")
    return frame


def load_gold(layer: str, annotator: str = "a", done_only: bool = True) -> pd.DataFrame:
    """One layer of the gold set as a frame with an ``article_id`` column.

    ``done_only`` keeps articles whose file lists ``layer`` in ``done``; the
    frame's ``attrs["articles"]`` is the list of those article ids, so scores can
    count articles with no rows.
    """
    if layer not in LAYERS:
        raise ValueError(f"unknown layer {layer!r}; layers: {', '.join(LAYERS)}")
    rows, covered = [], []
    for path in sorted(ANNOTATORS[annotator].glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        if done_only and layer not in doc.get("done", []):
            continue
        covered.append(doc["article_id"])
        rows += [{"article_id": doc["article_id"], **r} for r in doc.get(layer, [])]
    frame = pd.DataFrame(rows)
    frame.attrs["articles"] = covered
    return frame


def validate() -> list[str]:
    """Every problem found in the annotation files (empty when all is well)."""
    texts = dict(zip(*load_articles()[["article_id", "text"]].T.values))
    by_n = {int(n): aid for n, aid in load_articles()[["n", "article_id"]].values}
    problems = []
    for annotator, folder in ANNOTATORS.items():
        for path in sorted(folder.glob("*.json")):
            where = f"{path.relative_to(HERE)}"
            try:
                doc = json.loads(path.read_text(encoding="utf-8"))
            except json.JSONDecodeError as exc:
                problems.append(f"{where}: invalid JSON: {exc}")
                continue
            aid = doc.get("article_id")
            if by_n.get(int(path.stem)) != aid:
                problems.append(f"{where}: article_id {aid!r} is not article n={int(path.stem)}")
                continue
            text = texts[aid]
            for layer in LAYERS:
                for i, rec in enumerate(doc.get(layer, [])):
                    problems += [f"{where}: {layer}[{i}]: {p}" for p in _check(layer, rec, text)]
            unknown = set(doc.get("done", [])) - set(LAYERS)
            if unknown:
                problems.append(f"{where}: unknown layers in done: {sorted(unknown)}")
    return problems


def _check(layer: str, rec: dict, text: str) -> list[str]:
    out = []
    start, end = rec.get("start"), rec.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        return [f"bad offsets {start}..{end}"]
    field = _SPAN_FIELD[layer]
    if field and text[start:end] != rec.get(field):
        out.append(f"text[{start}:{end}] is {text[start:end]!r}, not {field} {rec.get(field)!r}")
    if layer == "quotes" and rec.get("speaker_start") is not None:
        s, e = rec["speaker_start"], rec["speaker_end"]
        if text[s:e] != rec.get("speaker"):
            out.append(f"speaker text[{s}:{e}] is {text[s:e]!r}, not {rec.get('speaker')!r}")
    for (lay, col), allowed in _ENUMS.items():
        if lay == layer and rec.get(col) not in allowed:
            out.append(f"{col} {rec.get(col)!r} not in {sorted(a for a in allowed if a)}")
    if layer == "stance" and rec.get("polarity") not in (-1, 0, 1):
        out.append(f"polarity {rec.get('polarity')!r} not -1, 0 or 1")
    if layer == "dates" and rec.get("resolved") and not (rec.get("value_start") and rec.get("value_end")):
        out.append("resolved but value_start/value_end missing")
    return out


if __name__ == "__main__":
    found = validate()
    print("\n".join(found) or "gold set valid")
    for annotator in ANNOTATORS:
        for layer in LAYERS:
            frame = load_gold(layer, annotator)
            if frame.attrs["articles"]:
                print(f"annotator {annotator} {layer:9s} articles {len(frame.attrs['articles']):3d} rows {len(frame):5d}")
    sys.exit(1 if found else 0)
