"""Reading one of a map's XML files within the limits: the only place map XML is parsed.

The map, each external tileset and each template go through :func:`read_xml`
once, and what it returns is all any later step looks at: no other reader
(the game's or a library's) opens the file again. Everything is bounded
before the work (limits in :mod:`game.content.limits`): a file is read only
if it is a regular file within its size; the map and every file it uses
share one :class:`Budget` of bytes and XML elements, so 64 tilesets or 20,000
template copies cannot multiply it; documents with a DTD are refused (Tiled
never writes one, and entities are how XML bombs and external-entity tricks
work); a document over the element budget is abandoned while it is parsed.
Every file a map names must resolve inside the map's own folder
(:func:`inside`), symlinks followed.

Attribute numbers are read here too (:func:`int_attr`, :func:`float_attr`,
:func:`parse_points`), because what counts as a number in a Tiled file is
part of reading it safely: bounded digits, finite values only.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

import numpy as np
import numpy.typing as npt

from game.content import bounded, images, limits
from game.content.errors import ContentError
from game.content.tiled.problems import INT_CHARS, Problems, quote

FEED_BYTES = 1 << 20
"""Bytes handed to the incremental parser at a time, so the element budget is checked often."""
ENCODINGS = ("utf-8", "utf8", "us-ascii", "ascii")
_DECLARED_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([^"']{0,40})["']""")


@dataclass
class Budget:
    """What one map may still read: bytes and XML elements over the map and every file it uses.

    Shared, so 64 tilesets of 15 MB each, or one template copied onto 20,000
    objects, cannot multiply the per-file limits. The first overrun is
    reported; later reads fail quietly (the one message explains them all).
    """

    bytes_left: int = limits.MAP_XML_BYTES
    elements_left: int = limits.MAP_ELEMENTS
    images_left: int = limits.MAP_IMAGES
    pixels_left: int = limits.MAP_IMAGE_PIXELS
    spent: bool = False

    def take_elements(self, count: int, subject: str, problems: Problems) -> bool:
        if self.spent:
            return False
        if count > self.elements_left:
            self.spent = True
            problems.add(
                subject,
                f"brings the map over {limits.MAP_ELEMENTS:,} XML elements in all (the map, its "
                "tilesets and templates together)",
                "save tile layers as CSV or Base64 (Map > Map Properties > Tile Layer Format) "
                "and remove unused tiles, objects and properties",
            )
            return False
        self.elements_left -= count
        return True

    def take_bytes(self, count: int, subject: str, problems: Problems) -> bool:
        if self.spent:
            return False
        if count > self.bytes_left:
            self.spent = True
            problems.add(
                subject,
                f"brings the map and the files it uses over {limits.MAP_XML_BYTES // limits.MB} MB in all",
                "use fewer or smaller tilesets and templates",
            )
            return False
        self.bytes_left -= count
        return True


@dataclass
class Reader:
    """Everything one map's reading shares: where files may come from, problems, budgets."""

    problems: Problems
    tree_root: Path
    verify_images: bool = False
    """Decode-check every tileset image (``check-map``, the mod list) rather than its header only."""
    budget: Budget = field(default_factory=Budget)
    templates: dict[Path, tuple[ET.Element, int] | None] = field(default_factory=dict)
    """Each template read once: its object and how many elements a copy of it costs."""
    images: dict[Path, images.PngInfo | str] = field(default_factory=dict)
    """Each image file checked once: its header, or the problem found."""
    resolved: dict[tuple[Path, str], Path | None] = field(default_factory=dict)

    def inside(self, folder: Path, reference: str) -> Path | None:
        """:func:`inside` for this map, each reference resolved once (templates repeat them)."""
        key = (folder, reference)
        if key not in self.resolved:
            self.resolved[key] = inside(self.tree_root, folder, reference)
        return self.resolved[key]


def inside(tree_root: Path, folder: Path, reference: str) -> Path | None:
    """``reference`` resolved from ``folder``, or None if it leaves ``tree_root``.

    Resolving follows symlinks, so a link pointing out of a mod's folder is
    caught as well as a ``../`` path or an absolute one.
    """
    if not reference or "\x00" in reference or len(reference) > limits.TEXT_CHARS:
        return None
    try:
        target = (folder / reference).resolve()
    except (OSError, RuntimeError, ValueError):
        return None
    return target if target.is_relative_to(tree_root) else None


def read_xml(path: Path, what: str, reader: Reader, subject: str) -> ET.Element | None:
    """Read and parse one of the map's XML files within the limits; None (reported) if unusable."""
    problems = reader.problems
    if reader.budget.spent:
        return None
    problem = bounded.file_problem(path, limits.MAP_FILE_BYTES)
    if problem is not None:
        problems.add(subject, f"cannot be read: the file {problem}", _read_fix(what, problem))
        return None
    try:
        size = path.stat().st_size
    except OSError:
        size = limits.MAP_FILE_BYTES
    if not reader.budget.take_bytes(size, subject, problems):  # charged before the read
        return None
    try:
        # Read what the file holds, not the limit's worth: the reader sizes its buffer by the bound.
        data = bounded.read_bytes(path, what, min(limits.MAP_FILE_BYTES, size))
    except (ContentError, OSError):
        problems.add(subject, "cannot be read: the file changed while it was read", f"save the {what} again")
        return None
    problem = _prolog_problem(data)
    if problem is not None:
        problems.add(subject, problem, f"open and re-save the {what} in Tiled (it writes plain UTF-8 XML)")
        return None
    return _parse(data, what, reader, subject)


def _read_fix(what: str, problem: str) -> str:
    if problem.startswith("is ") and "over the limit" in problem:
        return f"use a smaller {what} (split it, or save tile layers as Base64 zlib)"
    if problem == "does not exist":
        return f"check that the {what} exists and the path to it is right"
    return f"make the {what} a plain file Tiled saved"


def _prolog_problem(data: bytes) -> str | None:
    """Why ``data`` is not the plain UTF-8 XML Tiled writes, judged before parsing."""
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    if body.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in body:
        return "is not UTF-8 text"
    declared = _DECLARED_ENCODING.match(body.lstrip()[:400])
    if declared is not None and declared.group(1).decode("latin-1").lower() not in ENCODINGS:
        return f"declares the text encoding {quote(declared.group(1).decode('latin-1'))}"
    if b"<!DOCTYPE" in body or b"<!ENTITY" in body:
        return "declares a DTD (a <!DOCTYPE> with entities), which Tiled never writes"
    return None


def _parse(data: bytes, what: str, reader: Reader, subject: str) -> ET.Element | None:
    """Parse ``data``, charging its elements to the map's budget (and stopping at it)."""
    problems = reader.problems
    try:
        root = _parse_counted(data, reader.budget.elements_left)
    except ET.ParseError as exc:
        line, col = exc.position
        problems.add(
            subject,
            f"is not well-formed XML (line {line}, column {col})",
            f"open and re-save the {what} in Tiled, or undo the last hand edit",
        )
        return None
    except (LookupError, ValueError):
        problems.add(
            subject,
            "declares a text encoding that does not exist",
            f"open and re-save the {what} in Tiled (it writes UTF-8)",
        )
        return None
    element, count = root
    if not reader.budget.take_elements(count, subject, problems):
        return None
    return element


def _parse_counted(data: bytes, allowed: int) -> tuple[ET.Element | None, int]:
    """The document and its element count; ``(None, count)`` as soon as it has more than ``allowed``.

    Every element has a ``<``, so a document with no more ``<`` than allowed is
    parsed in one call; a bigger one is parsed incrementally and abandoned at
    the limit, so memory never holds more than the budget's worth of elements.
    """
    if data.count(b"<") <= allowed:
        root = ET.fromstring(data)
        return root, sum(1 for _ in root.iter())
    parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("start",))
    first: ET.Element | None = None
    count = 0
    for at in range(0, len(data), FEED_BYTES):
        parser.feed(data[at : at + FEED_BYTES])
        for event in parser.read_events():
            element = event[1] if isinstance(event, tuple) and len(event) == 2 else None
            if first is None and isinstance(element, ET.Element):
                first = element
            count += 1
        if count > allowed:
            return None, count
    parser.close()
    return first, count


def depth_within(element: ET.Element, max_depth: int) -> bool:
    """Whether ``element``'s subtree nests at most ``max_depth`` levels (walked without recursion)."""
    stack = [(element, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > max_depth:
            return False
        stack.extend((child, depth + 1) for child in node)
    return True


# --------------------------------------------------------------------------- numbers


def int_attr(element: ET.Element, name: str, default: int | None = None) -> int | None:
    """An integer attribute, ``default`` when absent, None when it is not a Tiled integer."""
    text = element.get(name)
    if text is None:
        return default
    if len(text) > INT_CHARS:
        return None
    try:
        return int(text)
    except ValueError:
        return None


def float_attr(element: ET.Element, name: str, default: float) -> float | None:
    """A number attribute, ``default`` when absent, None when it is not a finite number."""
    text = element.get(name)
    if text is None:
        return default
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def parse_points(text: str) -> npt.NDArray[np.float64] | None:
    """Tiled's ``"x,y x,y ..."`` point list as an ``(n, 2)`` array, or None if it is not one.

    Each pair must be two finite numbers joined by one comma. The numbers are
    converted by numpy in one call (with Python's own float syntax), because a
    map may hold hundreds of thousands of points.
    """
    pairs = text.split()
    if any(pair.count(",") != 1 for pair in pairs):
        return None
    try:
        values = np.array(text.replace(",", " ").split(), dtype=np.float64)
    except ValueError:
        return None
    if len(values) != 2 * len(pairs) or not np.isfinite(values).all():
        return None
    return values.reshape(-1, 2)
