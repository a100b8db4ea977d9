"""``load_articles``: files, folders, globs and zips of Arabic news into one articles frame.

Every problem (empty, binary or wrongly encoded file, broken JSON line, short CSV
row, HTML with no text, missing timestamp, duplicate article) is collected with
the file, the line where there is one, and what is wrong. The good articles
always load. The problems travel with the frame: ``load_errors(articles)``.

Times: ``published`` is tz-aware in ``tz``. A naive source time (the seed's
``20.06.2017 19:39``, SaudiNewsNet's ``date_extracted``) is read as wall-clock
time in ``tz``; a source time with an offset is converted to ``tz``.
"""

from __future__ import annotations

import glob
import hashlib
import io
from datetime import datetime
import os
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd

from workbench import schema
from workbench.load.encoding import DecodeError, decode
from workbench.load.formats import Problem, parse_csv, parse_html, parse_json, parse_jsonl, parse_plain
from workbench.text.segmentation import count_words

__all__ = ["load_articles", "iter_articles", "source_files", "load_errors", "article_id", "LoadWarning", "SUFFIXES"]

SUFFIXES = (".txt", ".jsonl", ".ndjson", ".json", ".csv", ".html", ".htm", ".zip")
DEFAULT_MAX_BYTES = 200_000_000
_ERRORS_KEY = "load_errors"


class LoadWarning(UserWarning):
    """Some files or rows could not be loaded; the rest did."""


def load_articles(
    source: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    tz: str = "UTC",
    columns: Mapping[str, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    annotate: bool = False,
    catalogue: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Load articles from a file, a folder (recursive), a glob, or a list of them.

    ``columns`` maps the workbench's fields (``id``, ``title``, ``lead``,
    ``body``, ``published``, ``source``, ``url``) to column names of JSON/CSV
    input when they differ from the usual ones. With ``annotate=True`` the
    frame also carries the extracted entities, quotes, dates and stance (see
    :func:`workbench.annotate`), with actors linked to ``catalogue`` (None: the
    shipped one; ``workbench.load_catalogue(extra=...)`` adds the user's actors).

    >>> articles = load_articles("seeds/000_404a58289b33eae6.txt")
    >>> articles.loc[0, "source"], str(articles.loc[0, "published"])
    ('سيريانيوز', '2017-06-20 19:39:00+00:00')
    """
    batches = list(iter_articles(source, tz=tz, columns=columns, max_bytes=max_bytes))
    frame = schema.conform(pd.concat(batches, ignore_index=True), "articles", tz=tz)
    frame.attrs[_ERRORS_KEY] = [p for batch in batches for p in batch.attrs[_ERRORS_KEY]]
    problems_frame = pd.DataFrame(frame.attrs[_ERRORS_KEY])
    if len(problems_frame):
        n_err = int((problems_frame["severity"] == "error").sum())
        warnings.warn(
            f"{len(problems_frame)} problem(s) while loading ({n_err} article(s) or file(s) skipped), "
            f"first: {problems_frame.iloc[0]['path']}: {problems_frame.iloc[0]['problem']}; "
            "see workbench.load_errors(articles)",
            LoadWarning,
            stacklevel=2,
        )
    if annotate:
        from workbench.frames.annotate import annotate as run_annotation

        return run_annotation(frame, catalogue=catalogue).articles
    return frame


def iter_articles(
    source: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    tz: str = "UTC",
    columns: Mapping[str, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = 1000,
    count_words: bool = True,
) -> Iterator[pd.DataFrame]:
    """Stream the articles of ``source`` as frames of at most ``batch_size`` rows.

    Arguments as for :func:`load_articles`, which this feeds; a corpus of any
    size is read with the memory of one file and one batch. ``count_words=False``
    leaves ``n_words`` at 0 for a step that counts the words itself from the
    tokens it builds anyway (``annotate_frame(..., count_words=True)``). Each frame's
    ``load_errors`` hold the problems met since the previous frame, so every
    problem appears once in the stream (the last frame may be empty), and a
    duplicate is recognised across the whole stream.

    >>> [len(batch) for batch in iter_articles("seeds/000_404a58289b33eae6.txt")]
    [1]
    """
    paths = list(source_files(source))
    if not paths:
        raise FileNotFoundError(f"no article files found at {source!r} (looked for {', '.join(SUFFIXES)})")
    first_path: dict[str, str] = {}
    records: list[dict] = []
    problems: list[Problem] = []
    for path in paths:
        for item in _read(path, columns, max_bytes):
            (problems if isinstance(item, Problem) else records).append(item)
            if len(records) >= batch_size:
                yield _frame(records, problems, tz, first_path, count_words)
                records, problems = [], []
    yield _frame(records, problems, tz, first_path, count_words)


def load_errors(articles: pd.DataFrame) -> pd.DataFrame:
    """The problems met while loading ``articles`` (columns of the ``errors`` frame).

    >>> load_errors(load_articles("seeds/000_404a58289b33eae6.txt")).empty
    True
    """
    return schema.conform(pd.DataFrame(articles.attrs.get(_ERRORS_KEY, []), columns=schema.columns("errors")), "errors")


def article_id(text: str) -> str:
    """Stable id of an article: a hash of its text (NFC, whitespace collapsed).

    >>> article_id("نص  الخبر") == article_id("نص الخبر\\n")
    True
    """
    key = " ".join(_nfc(text).split())
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _nfc(text: str) -> str:
    # The check is ten times cheaper than normalising, and almost all news text is already NFC.
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def source_files(source: str | os.PathLike | Iterable[str | os.PathLike]) -> Iterator[str]:
    """The article files ``source`` names (a file, a folder searched recursively, a glob, or a list), once each.

    >>> list(source_files("seeds/*.txt"))
    ['seeds/000_404a58289b33eae6.txt']
    """
    if isinstance(source, (str, os.PathLike)):
        items = [source]
    else:
        items = list(source)
    seen: set[str] = set()
    for item in items:
        item = os.fspath(item)
        if os.path.isdir(item):
            found = sorted(str(p) for p in Path(item).rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(item).parts))
        elif os.path.exists(item):
            found = [item]
        elif not any(ch in item for ch in "*?["):
            raise FileNotFoundError(f"no such file or folder: {item!r}")
        else:
            found = sorted(p for p in glob.glob(item, recursive=True) if os.path.isfile(p))
        for path in found:
            if path not in seen:
                seen.add(path)
                yield path


def _read(path: str, columns: Mapping[str, str] | None, max_bytes: int) -> Iterator[dict | Problem]:
    size = os.path.getsize(path)
    if size > max_bytes:
        yield Problem(path, f"file is {size / 1e6:.1f} MB, over the limit of {max_bytes / 1e6:.1f} MB (max_bytes)")
        return
    with open(path, "rb") as fh:
        data = fh.read()
    suffix = Path(path).suffix.lower()
    if suffix == ".zip":
        yield from _read_zip(path, data, columns, max_bytes)
    else:
        yield from _parse_bytes(data, path, suffix, columns)


def _read_zip(path: str, data: bytes, columns: Mapping[str, str] | None, max_bytes: int) -> Iterator[dict | Problem]:
    """A zip of article files (SaudiNewsNet ships one JSON array per zip)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if not m.is_dir() and Path(m.filename).suffix.lower() in SUFFIXES[:-1]]
    except zipfile.BadZipFile as exc:
        yield Problem(path, f"broken zip archive: {exc}")
        return
    if not members:
        yield Problem(path, "zip archive holds no article files")
    for member in members:
        where = f"{path}!{member.filename}"
        if member.file_size > max_bytes:
            yield Problem(where, f"member is {member.file_size / 1e6:.1f} MB, over max_bytes")
            continue
        try:
            content = archive.read(member)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
            yield Problem(where, f"cannot read member of zip archive (truncated?): {exc}")
            continue
        yield from _parse_bytes(content, where, Path(member.filename).suffix.lower(), columns)


def _parse_bytes(data: bytes, path: str, suffix: str, columns: Mapping[str, str] | None) -> Iterator[dict | Problem]:
    try:
        text, _ = decode(data)
    except DecodeError as exc:
        yield Problem(path, str(exc))
        return
    if suffix in (".jsonl", ".ndjson"):
        yield from parse_jsonl(text, path, columns)
    elif suffix == ".json":
        yield from parse_json(text, path, columns)
    elif suffix == ".csv":
        yield from parse_csv(text, path, columns)
    elif suffix in (".html", ".htm") or (suffix == ".txt" and _looks_like_html(text)):
        yield from parse_html(text, path)
    else:
        yield from parse_plain(text, path)


def _looks_like_html(text: str) -> bool:
    head = text[:1000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


_DAYFIRST = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{4}")


def _published(value: object, tz: str) -> datetime | None:
    """The publication time as an aware datetime in ``tz`` (naive source times are wall-clock times there)."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    raw = str(value).strip()
    try:
        # ISO 8601 (SaudiNewsNet, most feeds) parses a hundred times faster this way than through pandas.
        stamp = datetime.fromisoformat(raw)
    except ValueError:
        try:
            parsed = pd.to_datetime(raw, dayfirst=bool(_DAYFIRST.match(raw)))
        except (ValueError, TypeError, OverflowError):
            return None
        if parsed is pd.NaT:
            return None
        stamp = parsed.to_pydatetime()
    zone = ZoneInfo(tz)
    return stamp.replace(tzinfo=zone) if stamp.tzinfo is None else stamp.astimezone(zone)


def _frame(records: list[dict], problems: list[Problem], tz: str, first_path: dict[str, str], counted: bool) -> pd.DataFrame:
    """The articles frame of ``records``; ``first_path`` (article key -> file) spots duplicates and grows."""
    rows: list[dict] = []
    for rec in records:
        rec = {k: _nfc(v) if isinstance(v, str) else v for k, v in rec.items()}
        text = rec["text"]
        key = article_id(text)
        if key in first_path:
            problems.append(Problem(rec["path"], f"duplicate of the article in {first_path[key]}; loaded once", "warning"))
            continue
        first_path[key] = rec["path"]
        published = _published(rec["published"], tz)
        if rec["published"] is not None and published is None:
            problems.append(Problem(rec["path"], f"unreadable publication time {rec['published']!r}; published is empty", "warning"))
        rows.append({
            "article_id": str(rec["id"]) if rec["id"] is not None else key,
            "source": rec["source"], "published": published,
            "title": rec["title"] or "", "lead": rec["lead"] or "", "body": rec["body"] or "",
            "text": text, "url": rec["url"], "path": rec["path"],
            "n_chars": len(text), "n_words": count_words(text) if counted else 0,
        })
    frame = schema.conform(rows, "articles", tz=tz)
    frame.attrs[_ERRORS_KEY] = [p.__dict__ for p in problems]
    return frame
