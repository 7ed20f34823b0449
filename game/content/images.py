"""Tileset pictures checked before anything decodes them: PNG only, within the image limits.

Why here and not in the renderer: a PNG's header is 33 bytes, and it says how
big the picture will be once decoded. Reading it first lets the loader refuse
a 60000x60000 picture (14 GB decoded) in microseconds, tell a modder which
file is missing or is not a picture, and compare the picture with what the
tileset declares, all without pygame, so ``check-map`` and the track list
report what would otherwise stop the game at the start of a race.

Two depths of checking:

* :func:`png_header` (every load): a regular file within ``IMAGE_FILE_BYTES``
  starting with a valid PNG signature and header within ``IMAGE_SIDE`` and
  ``IMAGE_PIXELS``. Costs one small read, so loading stays fast.
* :func:`verify_png` (``check-map`` and the mod list): the whole file, every
  chunk's checksum and the pixel data inflated to exactly the size the header
  promises (never more) with valid row filters: what a decoder would reject.

Only PNG: it is what Tiled and the bundled art use, it is lossless (tile
edges must meet exactly), and one format is one decoder's worth of surprises.
Failures raise :class:`ImageError`, a ContentError whose ``problem`` is the
phrase alone, for callers that put it into a sentence of their own.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

from game.content import bounded, limits
from game.content.errors import ContentError

SIGNATURE = b"\x89PNG\r\n\x1a\n"
HEADER_BYTES = len(SIGNATURE) + 8 + 13 + 4
"""Signature, the IHDR chunk's length and type, its 13 bytes of data and its CRC."""
CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
"""PNG colour type -> samples per pixel (grey, RGB, palette, grey+alpha, RGBA)."""
BIT_DEPTHS = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}
ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2))
"""Interlace passes as (x start, y start, x step, y step)."""
MAX_FILTER = 4
WHAT = "tileset image"


class ImageError(ContentError):
    """A tileset image the game will not decode; ``problem`` is the reason as a phrase."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: the tileset image {problem}.")


@dataclass(frozen=True, slots=True)
class PngInfo:
    """What a PNG header promises."""

    width: int
    height: int
    bit_depth: int
    colour_type: int
    interlaced: bool

    @property
    def pixels(self) -> int:
        return self.width * self.height


# --------------------------------------------------------------------------- reading


def _read(path: Path, count: int) -> bytes:
    """At most ``count`` bytes from the start of a regular image file within the size limit."""
    problem = bounded.file_problem(path, limits.IMAGE_FILE_BYTES)
    if problem is not None:
        raise ImageError(path, problem)
    try:
        return bounded.read_head(path, WHAT, count, limits.IMAGE_FILE_BYTES)
    except ContentError:  # swapped for a pipe, or gone, between the check and the read
        raise ImageError(path, "cannot be read (it changed while it was read)") from None


def read_image_bytes(path: Path) -> bytes:
    """The whole image file, if it is a regular file within ``IMAGE_FILE_BYTES``."""
    problem = bounded.file_problem(path, limits.IMAGE_FILE_BYTES)
    if problem is not None:
        raise ImageError(path, problem)
    try:
        # Read what the file holds, not the limit's worth: the reader sizes its buffer by the bound.
        return bounded.read_bytes(path, WHAT, min(limits.IMAGE_FILE_BYTES, path.stat().st_size))
    except (ContentError, OSError):
        raise ImageError(path, "cannot be read (it changed while it was read)") from None


# --------------------------------------------------------------------------- the header


def png_header(path: Path) -> PngInfo:
    """The header of the PNG at ``path``, refused if it is not one or is too big to decode."""
    return parse_header(path, _read(path, HEADER_BYTES))


def parse_header(path: Path, data: bytes) -> PngInfo:
    """The PNG header at the start of ``data`` (a file's first bytes), checked against the limits."""
    if not data.startswith(SIGNATURE):
        kind = _sniff(data)
        looks = f" (it looks like {kind})" if kind else ""
        raise ImageError(path, f"is not a PNG file{looks}, and tileset images must be PNG")
    if len(data) < HEADER_BYTES:
        raise ImageError(path, "is cut short (it ends inside its header)")
    length, kind = struct.unpack(">I4s", data[8:16])
    if kind != b"IHDR" or length != 13:
        raise ImageError(path, "is damaged (its first chunk is not a PNG header)")
    width, height, depth, colour, compression, filtering, interlace = struct.unpack(">IIBBBBB", data[16:29])
    if zlib.crc32(data[12:29]) != struct.unpack(">I", data[29:33])[0]:
        raise ImageError(path, "is damaged (its header fails its checksum)")
    if depth not in BIT_DEPTHS.get(colour, ()) or compression or filtering or interlace > 1:
        raise ImageError(path, "is damaged (its header names a pixel format PNG does not have)")
    info = PngInfo(width, height, depth, colour, interlace == 1)
    _check_size(path, info)
    return info


def _check_size(path: Path, info: PngInfo) -> None:
    if info.width == 0 or info.height == 0:
        raise ImageError(path, f"is {info.width}x{info.height} pixels, an empty picture")
    side = max(info.width, info.height)
    if side > limits.IMAGE_SIDE or info.pixels > limits.IMAGE_PIXELS:
        raise ImageError(
            path,
            f"is {info.width}x{info.height} pixels, over the limit of {limits.IMAGE_PIXELS:,} pixels "
            f"({limits.IMAGE_SIDE} along a side at most); split it into smaller tilesets",
        )


def _sniff(data: bytes) -> str:
    """A guess at what a non-PNG file is, so the message can say "convert it"."""
    for magic, name in (
        (b"\xff\xd8\xff", "a JPEG"),
        (b"GIF8", "a GIF"),
        (b"BM", "a BMP"),
        (b"RIFF", "a WebP"),
        (b"II*\x00", "a TIFF"),
        (b"MM\x00*", "a TIFF"),
        (b"<", "text or XML"),
    ):
        if data.startswith(magic):
            return name
    return ""


# --------------------------------------------------------------------------- the whole file


def verify_png(path: Path) -> PngInfo:
    """The PNG at ``path`` checked as a decoder would: chunks, checksums, pixel data, filters."""
    data = read_image_bytes(path)
    info = parse_header(path, data)
    compressed = _idat(path, data, info)
    raw = _inflate_exact(path, compressed, raw_size(info))
    _check_filters(path, raw, info)
    return info


def _idat(path: Path, data: bytes, info: PngInfo) -> bytes:
    """The pixel data chunks joined, after walking every chunk of the file."""
    parts: list[bytes] = []
    pos, palette, ended, last = len(SIGNATURE), False, False, b""
    while pos < len(data):
        if pos + 12 > len(data):
            raise ImageError(path, "is cut short (it ends inside a chunk)")
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        end = pos + 12 + length
        if end > len(data):
            raise ImageError(path, "is cut short (a chunk runs past the end of the file)")
        if zlib.crc32(data[pos + 4 : end - 4]) != struct.unpack(">I", data[end - 4 : end])[0]:
            raise ImageError(path, f"is damaged (its {_chunk_name(kind)} chunk fails its checksum)")
        if kind == b"IDAT":
            if parts and last != b"IDAT":
                raise ImageError(path, "is damaged (its pixel data is split by other chunks)")
            parts.append(data[pos + 8 : end - 4])
        palette = palette or kind == b"PLTE"
        last, pos = kind, end
        if kind == b"IEND":
            ended = True
            break
    if not ended:
        raise ImageError(path, "is cut short (it has no end chunk)")
    if not parts:
        raise ImageError(path, "is damaged (it holds no pixel data)")
    if info.colour_type == 3 and not palette:
        raise ImageError(path, "is damaged (a palette picture without its palette)")
    return b"".join(parts)


def _chunk_name(kind: bytes) -> str:
    return kind.decode("ascii") if kind.isalpha() else "a"


def raw_size(info: PngInfo) -> int:
    """Bytes of filtered rows the header promises (each row: one filter byte, then samples)."""
    return sum(rows * (1 + row_bytes) for rows, row_bytes in _passes(info))


def _passes(info: PngInfo) -> list[tuple[int, int]]:
    """``(rows, bytes per row)`` for each pass that has pixels (one pass unless interlaced)."""
    bits = CHANNELS[info.colour_type] * info.bit_depth
    out = []
    for x0, y0, dx, dy in ADAM7 if info.interlaced else ((0, 0, 1, 1),):
        cols = (info.width - x0 + dx - 1) // dx
        rows = (info.height - y0 + dy - 1) // dy
        if cols > 0 and rows > 0:
            out.append((rows, (cols * bits + 7) // 8))
    return out


def _inflate_exact(path: Path, compressed: bytes, size: int) -> bytes:
    """The pixel data inflated, refusing data that decodes to more or less than ``size`` bytes."""
    inflater = zlib.decompressobj()
    try:
        raw = inflater.decompress(compressed, size + 1)
    except zlib.error:
        raise ImageError(path, "is damaged (its pixel data does not decode)") from None
    if len(raw) > size or inflater.unconsumed_tail:
        raise ImageError(path, "is damaged (it holds more pixel data than its size says)")
    if len(raw) < size or not inflater.eof:
        raise ImageError(path, "is damaged (its pixel data ends early)")
    return raw


def _check_filters(path: Path, raw: bytes, info: PngInfo) -> None:
    """Every row starts with a filter type 0-4, or decoders refuse the picture."""
    pos = 0
    for rows, row_bytes in _passes(info):
        stride = 1 + row_bytes
        block = raw[pos : pos + rows * stride]
        if max(block[::stride]) > MAX_FILTER:
            raise ImageError(path, "is damaged (a row of pixels has an unknown filter)")
        pos += rows * stride
