"""Decode article files: UTF-8 (with or without BOM), UTF-16 and Windows-1256.

Anything else is refused with a reason instead of being guessed into mojibake.

>>> decode("سوريا".encode("cp1256"))
('سوريا', 'cp1256')
>>> decode("سوريا".encode("utf-16"))
('سوريا', 'utf-16')
"""

from __future__ import annotations

import codecs
import re

__all__ = ["decode", "DecodeError"]


class DecodeError(ValueError):
    """The bytes are not text in a supported encoding."""


_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LETTER = re.compile(r"[^\W\d_]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) or raise :class:`DecodeError` saying why."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise DecodeError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", "utf-8-sig"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", "utf-16"), "utf-16"
    utf16 = _bomless_utf16(data)
    if utf16:
        return _strict(data, utf16, utf16), utf16
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _CONTROL.search(text):
            raise DecodeError("binary file (control characters in the data), not an article")
        return text, "utf-8"
    if b"\x00" in data or len(_CONTROL.findall(data[:4096].decode("latin-1"))) > 2:
        raise DecodeError("binary file (control characters in the data), not an article")
    text = data.decode("cp1256")
    letters = _LETTER.findall(text)
    if letters and len(_ARABIC.findall(text)) >= 0.5 * len(letters):
        return text, "cp1256"
    raise DecodeError("unknown encoding: not UTF-8, UTF-16 or Windows-1256 Arabic text")


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the byte pattern says so (NULs or Arabic high bytes in one lane)."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    for lane, name in ((odd, "utf-16-le"), (even, "utf-16-be")):
        hits = sum(1 for b in lane if b in (0x00, 0x06))
        if hits >= 0.6 * len(lane):
            return name
    return None


def _strict(data: bytes, codec: str, label: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"invalid {label} at byte {exc.start}") from None
    if _CONTROL.search(text):
        raise DecodeError(f"binary content inside {label} text")
    return text
