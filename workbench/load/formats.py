"""Parsers for each article file format; each yields article records or problems.

A record is a dict with the keys ``id`` (may be None), ``title``, ``lead``,
``body``, ``text``, ``source``, ``published`` (raw, parsed later), ``url`` and
``path``. A :class:`Problem` names the file (and line or row) and what is wrong.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from workbench.text.segmentation import count_words

__all__ = ["Problem", "parse_plain", "parse_jsonl", "parse_json", "parse_csv", "parse_html", "FIELDS", "DEFAULT_COLUMNS"]

FIELDS = ("id", "title", "lead", "body", "published", "source", "url")
# Column names tried, in order, for each field of a JSON/CSV article when the caller gives no mapping.
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "uid"),
    "title": ("title", "headline"),
    "lead": ("lead", "summary", "description"),
    "body": ("body", "content", "text", "article"),
    "published": ("published", "date", "date_published", "datetime", "date_extracted", "time"),
    "source": ("source", "outlet", "newspaper", "site"),
    "url": ("url", "link"),
}


# trafilatura falls back to whatever text a page has (a menu, a cookie notice);
# fewer words than this is not an article.
MIN_HTML_WORDS = 5


@dataclass(frozen=True)
class Problem:
    path: str
    problem: str
    severity: str = "error"


_TIMESTAMP = re.compile(r"^\s*(\d{1,2}[./-]\d{1,2}[./-]\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*$")
_SENTENCE_END = re.compile(r"[.!?؟:\"'»”)]\s*$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def record(path: str, text: str, **fields: object) -> dict:
    rec = {key: None for key in FIELDS}
    rec.update(fields)
    rec["text"], rec["path"] = text, path
    return rec


def parse_plain(text: str, path: str) -> Iterator[dict | Problem]:
    """The format of ``seeds/``: title, lead, teaser line(s), body paragraphs, outlet, timestamp.

    ``text`` of the record is the whole file (newlines normalised), so offsets
    from every extractor point into what the analyst sees in the file.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    spans = _paragraph_spans(text)
    paragraphs = [text[s:e] for s, e in spans]
    published = None
    if paragraphs and _TIMESTAMP.match(paragraphs[-1].splitlines()[-1]):
        published = _TIMESTAMP.match(paragraphs[-1].splitlines()[-1]).group(1)
        last_lines = paragraphs[-1].splitlines()[:-1]
        paragraphs = paragraphs[:-1] + (["\n".join(last_lines)] if last_lines else [])
    else:
        yield Problem(path, "no publication timestamp (DD.MM.YYYY HH:MM) at the end; published is empty", "warning")
    source = None
    if len(paragraphs) > 2 and _is_label(paragraphs[-1]):
        source = paragraphs.pop().strip()
    title = paragraphs[0].strip() if paragraphs else ""
    lead = paragraphs[1].strip() if len(paragraphs) > 1 else ""
    rest = paragraphs[2:]
    while rest and _is_label(rest[0]) and len(rest) > 1:
        rest = rest[1:]  # teaser / related-article lines between lead and body
    body = "\n\n".join(p.strip() for p in rest)
    yield record(path, text, title=title, lead=lead, body=body, source=source, published=published)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, begin = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if text[begin:m.start()].strip():
            spans.append((begin, m.start()))
        begin = m.end()
    if text[begin:].strip():
        spans.append((begin, len(text)))
    return spans


def _is_label(paragraph: str) -> bool:
    """A short line with no sentence punctuation at its end: an outlet name or a teaser."""
    return len(paragraph.split()) <= 15 and "\n" not in paragraph.strip() and not _SENTENCE_END.search(paragraph)


def _from_mapping(obj: Mapping, path: str, columns: Mapping[str, str] | None) -> dict | Problem:
    fields = {}
    for field in FIELDS:
        names = (columns[field],) if columns and field in columns else DEFAULT_COLUMNS[field]
        fields[field] = next((obj[n] for n in names if n in obj and obj[n] not in (None, "")), None)
    if not isinstance(fields["body"], str) or not fields["body"].strip():
        wanted = columns.get("body") if columns and "body" in columns else "/".join(DEFAULT_COLUMNS["body"])
        return Problem(path, f"no article text: column {wanted} is missing or empty")
    title = str(fields["title"]).strip() if fields["title"] else ""
    lead = str(fields["lead"]).strip() if fields["lead"] else ""
    body = fields["body"].strip()
    text = "\n\n".join(part for part in (title, lead, body) if part)
    return record(path, text, **{**fields, "title": title, "lead": lead, "body": body})


def parse_jsonl(text: str, path: str, columns: Mapping[str, str] | None = None) -> Iterator[dict | Problem]:
    """JSON Lines: one article object a line; a broken line is reported with its number."""
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(where, f"invalid JSON on line {n}: {exc.msg} at column {exc.colno}")
            continue
        yield _from_mapping(obj, where, columns) if isinstance(obj, dict) else Problem(where, f"line {n} is not a JSON object")


def parse_json(text: str, path: str, columns: Mapping[str, str] | None = None) -> Iterator[dict | Problem]:
    """A JSON array of article objects (SaudiNewsNet's format) or one object."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Problem(path, f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
        return
    items = data if isinstance(data, list) else [data]
    for i, obj in enumerate(items):
        where = f"{path}:{i}"
        yield _from_mapping(obj, where, columns) if isinstance(obj, dict) else Problem(where, f"item {i} is not a JSON object")


def parse_csv(text: str, path: str, columns: Mapping[str, str] | None = None) -> Iterator[dict | Problem]:
    """CSV with a header row; a row with missing columns is reported with its line number."""
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames:
        yield Problem(path, "CSV file has no header row")
        return
    for row in reader:
        where = f"{path}:{reader.line_num}"
        if None in row or any(v is None for v in row.values()):
            yield Problem(where, f"CSV row on line {reader.line_num} has {len([v for v in row.values() if v is not None])} fields, the header has {len(reader.fieldnames)}")
            continue
        yield _from_mapping(row, where, columns)


def parse_html(text: str, path: str) -> Iterator[dict | Problem]:
    """An HTML news page; trafilatura finds the main text, title, date and site name."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False)
    body = (doc.text or "").strip() if doc else ""
    if count_words(body) < MIN_HTML_WORDS:
        found = f" (only {body[:40]!r})" if body else ""
        yield Problem(path, f"HTML page with no article text that could be extracted{found}")
        return
    title = (doc.title or "").strip()
    if title and body.startswith(title):
        body = body[len(title):].strip()
    yield record(path, "\n\n".join(p for p in (title, body) if p), title=title, lead="", body=body,
                 source=doc.sitename, published=doc.date, url=doc.url)
