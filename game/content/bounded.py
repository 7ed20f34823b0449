"""Reading bytes the game did not write itself, within the limits of ``limits.py``.

Every loader opens its files through here, so the same rules hold for a map,
a mission, a replay and a save alike:

* only regular files are read (a FIFO or a device would block forever, a
  folder is not data), and files named by another file must resolve, symlinks
  followed, inside the folder they are allowed in;
* a file's size is checked before it is read, and compressed data is inflated
  at most to its limit (never fully first);
* JSON and TOML are parsed with bounded nesting, bounded number lengths and no
  NaN or infinity, and every way the parsers can fail (recursion, overflow,
  bad encodings) becomes the one ``ContentError`` naming the file and limit.

No pygame, no code from the data: nothing here evaluates anything it reads.
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import stat
import tomllib
import zlib
from pathlib import Path
from typing import Any

import numpy as np

from game.content import limits
from game.content.errors import ContentError


def _size_text(n: int) -> str:
    """``1.7 MB``, ``512 KB``: rounded up to a tenth, so "over the limit of 2 MB" never reads "2 MB"."""
    if n >= limits.MB:
        return f"{math.ceil(10 * n / limits.MB) / 10:g} MB"
    return f"{math.ceil(10 * n / limits.KB) / 10:g} KB"


# --------------------------------------------------------------------------- files


def regular_file(path: Path, what: str) -> os.stat_result:
    """``path``'s status if it is a regular file (symlinks followed); ContentError otherwise."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise ContentError(f"{path}: the {what} does not exist.") from None
    except OSError as exc:
        raise ContentError(f"{path}: the {what} cannot be read ({exc.strerror or exc}).") from None
    if stat.S_ISDIR(st.st_mode):
        raise ContentError(f"{path}: is a folder, not a {what} file.")
    if not stat.S_ISREG(st.st_mode):
        raise ContentError(f"{path}: is not a regular file (a pipe or a device?), so it cannot be a {what}.")
    return st


def read_bytes(path: Path, what: str, max_bytes: int) -> bytes:
    """The whole file, if it is a regular file of at most ``max_bytes``."""
    st = regular_file(path, what)
    if st.st_size > max_bytes:
        raise ContentError(
            f"{path}: the {what} is {_size_text(st.st_size)}, over the limit of {_size_text(max_bytes)}."
        )
    try:
        # Open without following a swap to a FIFO between stat and open, and read one byte more
        # than allowed, so a file that grew meanwhile is still caught.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise ContentError(f"{path}: is not a regular file, so it cannot be a {what}.")
            with os.fdopen(fd, "rb", closefd=False) as handle:
                data = _read_up_to(handle, min(st.st_size, max_bytes) + 1, max_bytes + 1)
        finally:
            os.close(fd)
    except OSError as exc:
        raise ContentError(f"{path}: the {what} cannot be read ({exc.strerror or exc}).") from None
    if len(data) > max_bytes:
        raise ContentError(f"{path}: the {what} is over the limit of {_size_text(max_bytes)}.")
    return data


def _read_up_to(handle: io.BufferedReader, expected: int, cap: int) -> bytes:
    """Read what the size promised, then on in small chunks while the file grows, to ``cap`` bytes.

    Asking for the limit in one read would reserve the limit's memory for every small file.
    """
    chunks = [handle.read(expected)]
    total = len(chunks[0])
    while total < cap:
        chunk = handle.read(min(limits.MB, cap - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def read_text(path: Path, what: str, max_bytes: int) -> str:
    """The file as UTF-8 text (a byte-order mark is allowed)."""
    data = read_bytes(path, what, max_bytes)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContentError(
            f"{path}: the {what} is not UTF-8 text (byte {exc.start}); save it as UTF-8."
        ) from None


def contained(root: Path, reference: str | Path, base: Path | None = None) -> Path | None:
    """``reference`` (relative to ``base``, default ``root``) resolved, if it stays inside ``root``.

    Symlinks are followed before the check, so a link pointing outside is outside.
    Absolute references are allowed only when they land inside ``root``.
    """
    try:
        root_real = root.resolve()
        target = ((base or root) / reference).resolve()
    except (OSError, RuntimeError, ValueError):
        return None
    if target == root_real or root_real in target.parents:
        return target
    return None


def contained_file(
    root: Path, reference: str | Path, what: str, base: Path | None = None, source: Path | None = None
) -> Path:
    """A regular file named by ``reference`` inside ``root``; ContentError naming ``source`` otherwise."""
    label = source or root
    if not str(reference).strip():
        raise ContentError(f"{label}: names an empty {what} path.")
    target = contained(root, reference, base)
    if target is None:
        raise ContentError(
            f"{label}: the {what} '{reference}' is outside {root}; keep it inside that folder."
        )
    regular_file(target, what)
    return target


# --------------------------------------------------------------------------- compressed data


def inflate(data: bytes, wbits: int, max_bytes: int, what: str, source: Path | str) -> bytes:
    """zlib (``wbits`` 15), gzip (31) or either (47) data, inflated to at most ``max_bytes``."""
    inflater = zlib.decompressobj(wbits)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error:
        raise ContentError(
            f"{source}: the {what} is damaged (its compressed data does not decode)."
        ) from None
    if len(out) > max_bytes or inflater.unconsumed_tail:
        raise ContentError(
            f"{source}: the {what} unpacks to more than {_size_text(max_bytes)}, over the limit."
        )
    if not inflater.eof:
        raise ContentError(f"{source}: the {what} is cut short (its compressed data ends early).")
    return out


# --------------------------------------------------------------------------- JSON and TOML


def _depth_ok(value: Any, max_depth: int) -> bool:
    """Whether nested lists/dicts stay within ``max_depth`` (iterative: no recursion to overflow)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > max_depth:
            return False
        stack.extend((child, depth + 1) for child in children)
    return True


_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_LONG_DIGITS = re.compile(rf"\d{{{limits.NUMBER_DIGITS + 1},}}")
_EXPONENT = re.compile(r"-?\d+(?:\.\d+)?[eE][+-]?\d+")


def _json_number_problem(text: str, max_depth: int) -> str | None:
    """What is wrong with the numbers or nesting of JSON ``text``, found before it is parsed.

    Strings are blanked first, then regular expressions and one cumulative sum
    do the rest at C speed: per-number parse hooks would cost a Python call for
    every number (about 1 s for 8 MB of digits), and the C parser recurses.
    """
    bare = _JSON_STRING.sub('""', text)
    if _LONG_DIGITS.search(bare):
        return f"holds a number with more than {limits.NUMBER_DIGITS} digits"
    for match in _EXPONENT.finditer(bare):
        if not math.isfinite(float(match.group())):
            return "holds a number too large for the game"
    brackets = _NOT_BRACKET.sub("", bare)
    if brackets:
        codes = np.frombuffer(brackets.encode("ascii"), dtype=np.uint8)
        steps = np.where((codes == ord("[")) | (codes == ord("{")), 1, -1)
        if int(np.cumsum(steps).max()) > max_depth:
            return f"nests deeper than {max_depth} levels"
    return None


def _finite_float(text: str) -> float:
    if len(text) > limits.NUMBER_DIGITS + 10:
        raise ValueError(f"a number with more than {limits.NUMBER_DIGITS} digits")
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("a number too large for the game (or not a number)")
    return value


def _no_constants(name: str) -> Any:
    raise ValueError(f"'{name}', which is not a number")


def parse_json(text: str, source: Path | str, what: str) -> Any:
    """JSON with bounded nesting and numbers, without NaN/Infinity; ContentError otherwise."""
    if len(text) > 4 * limits.PACKED_JSON_BYTES:
        raise ContentError(f"{source}: the {what} is over the size limit.")
    problem = _json_number_problem(text, limits.NESTING)
    if problem is not None:
        raise ContentError(f"{source}: the {what} {problem}.")
    try:
        return json.loads(text, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise ContentError(
            f"{source}: the {what} is not valid JSON (line {exc.lineno}, column {exc.colno})."
        ) from None
    except ValueError as exc:
        raise ContentError(f"{source}: the {what} holds {exc}.") from None
    except (RecursionError, MemoryError):
        raise ContentError(f"{source}: the {what} nests too deeply to read.") from None


def parse_toml(text: str, source: Path | str, what: str) -> dict[str, Any]:
    """TOML with bounded nesting and numbers; ContentError naming the line otherwise."""
    try:
        data = tomllib.loads(text, parse_float=_finite_float)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"{source}: the {what} is not valid TOML ({exc}).") from None
    except ValueError as exc:
        raise ContentError(f"{source}: the {what} holds {exc}.") from None
    except (RecursionError, MemoryError):
        raise ContentError(f"{source}: the {what} nests too deeply to read.") from None
    if not _depth_ok(data, limits.NESTING):
        raise ContentError(f"{source}: the {what} nests deeper than {limits.NESTING} levels.")
    big = _first_huge_int(data)
    if big is not None:
        raise ContentError(
            f"{source}: the {what} holds a number with more than {limits.NUMBER_DIGITS} digits ({big})."
        )
    return data


def _first_huge_int(value: Any) -> str | None:
    stack = [value]
    bound = 10**limits.NUMBER_DIGITS
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, int) and not isinstance(item, bool) and abs(item) >= bound:
            return f"{str(item)[:12]}..."
    return None


def read_json(path: Path, what: str, max_bytes: int = limits.DATA_FILE_BYTES) -> Any:
    """A JSON file read and parsed within the limits."""
    return parse_json(read_text(path, what, max_bytes), path, what)


# --------------------------------------------------------------------------- texts


def check_text(value: str, max_chars: int, what: str, source: Path | str) -> str:
    """``value`` if it is at most ``max_chars`` long; ContentError naming the field otherwise."""
    if len(value) > max_chars:
        raise ContentError(
            f"{source}: {what} is {len(value):,} characters long, over the limit of {max_chars:,}."
        )
    return value


SHOWN_CHARS = 40
"""Characters of a text a message quotes: enough to recognise it, never a 10-million-character line."""


def short(text: str, max_chars: int = SHOWN_CHARS) -> str:
    """``text`` as a message may quote it: a short prefix, control characters made spaces."""
    cut = text if len(text) <= max_chars else text[:max_chars] + "..."
    return "".join(ch if ch.isprintable() else " " for ch in cut)


def shown(value: object) -> str:
    """A value read from a file, in the words of the file (``true``, ``a list``), never Python's.

    Messages say what a modder wrote: ``got True`` or ``got datetime.date(1979, 5, 27)``
    would be Python talking, and a repr of a huge list would be a message of megabytes.
    """
    import datetime

    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nothing (null)"
    if isinstance(value, str):
        return f"'{short(value)}'"
    if isinstance(value, int):
        return str(value) if abs(value) < 10**limits.NUMBER_DIGITS else "a number too long to show"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "an empty list" if not value else "a list"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, datetime.datetime):
        return "a date and time"
    if isinstance(value, datetime.date):
        return "a date"
    if isinstance(value, datetime.time):
        return "a time of day"
    return "a value of another kind"


# --------------------------------------------------------------------------- problems as phrases


def file_problem(path: Path, max_bytes: int) -> str | None:
    """Why ``path`` is not a readable regular file of at most ``max_bytes``, as a phrase; None if it is.

    For loaders that put each problem into a sentence of their own (a map names
    the tileset, then the problem, then the fix) rather than raising at once.
    """
    try:
        st = path.stat()
    except FileNotFoundError:
        return "does not exist"
    except (OSError, ValueError) as exc:
        return f"cannot be read ({getattr(exc, 'strerror', None) or exc})"
    if stat.S_ISDIR(st.st_mode):
        return "is a folder, not a file"
    if not stat.S_ISREG(st.st_mode):
        return "is not a regular file (a pipe or a device?)"
    if st.st_size > max_bytes:
        return f"is {_size_text(st.st_size)}, over the limit of {_size_text(max_bytes)}"
    return None


def read_head(path: Path, what: str, count: int, max_bytes: int) -> bytes:
    """The first ``count`` bytes of a regular file of at most ``max_bytes`` (a header, say)."""
    problem = file_problem(path, max_bytes)
    if problem is not None:
        raise ContentError(f"{path}: the {what} {problem}.")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise ContentError(f"{path}: is not a regular file, so it cannot be a {what}.")
            with os.fdopen(fd, "rb", closefd=False) as handle:
                return handle.read(count)
        finally:
            os.close(fd)
    except OSError as exc:
        raise ContentError(f"{path}: the {what} cannot be read ({exc.strerror or exc}).") from None
