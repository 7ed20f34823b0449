"""Tilesets: each one read once (inlined from its ``.tsx``), checked, and its pictures sized.

A tileset is where a map reaches for other files, so it is checked before
anything uses it: the ``.tsx`` and every picture must resolve inside the
map's own folder, counts and sizes must be numbers within the limits, tiles
must not carry collision shapes (the game's walls are objects, drawn where
a modder can see them), tile ids must not overlap another tileset's. Each
picture is checked from its PNG header once per map (or decoded in full for
``check-map``, see :mod:`game.content.images`) and must be the size the
tileset declares, so the renderer never slices a picture that is not there.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree as ET

from game.content import bounded, images, limits
from game.content.tiled.model import MapXml, TilesetXml
from game.content.tiled.problems import Problems, quote, shown_name
from game.content.tiled.properties import tile_subject
from game.content.tiled.xmlfile import Reader, inside, int_attr, read_xml

MAX_GID = limits.MAP_TILE_IDS


def read_tilesets(m: MapXml, reader: Reader) -> bool:
    """Read every tileset into ``m.tilesets`` (sorted by first id); False if there are too many."""
    elements = list(m.root.findall("tileset"))
    if len(elements) > limits.MAP_TILESETS:
        reader.problems.add(
            "the map",
            f"uses {len(elements)} tilesets, over the limit of {limits.MAP_TILESETS}",
            "merge tilesets or remove unused ones (Map > Remove Unused Tilesets... in a copy)",
        )
        return False
    map_dir = m.path.resolve().parent
    for index, element in enumerate(elements):
        m.root.remove(element)
        tileset = _read_tileset(element, index, map_dir, reader)
        if tileset is None:
            m.broken_tilesets = True
        else:
            m.tilesets.append(tileset)
    m.tilesets.sort(key=lambda t: t.first_gid)
    for a, b in zip(m.tilesets, m.tilesets[1:], strict=False):
        if a.first_gid + a.tile_count > b.first_gid:
            reader.problems.add(
                a.label,
                f"overlaps the tile ids of {b.label}",
                "remove and re-add the tilesets in Tiled so it renumbers them",
            )
            m.broken_tilesets = True
    return True


def _read_tileset(element: ET.Element, index: int, map_dir: Path, reader: Reader) -> TilesetXml | None:
    problems = reader.problems
    first_gid = int_attr(element, "firstgid")
    source = element.get("source")
    label = f"tileset {index + 1}" + (f" ({bounded.short(source, 80)})" if source else "")
    if first_gid is None or not 1 <= first_gid < MAX_GID:
        problems.add(
            label,
            f"has no valid 'firstgid' (got {quote(element.get('firstgid'))})",
            "re-add it in Tiled",
        )
        return None
    folder = map_dir
    if source is not None:
        target = inside(reader.tree_root, map_dir, source)
        if target is None:
            problems.add(
                label,
                "is outside the map's own folder",
                "copy the .tsx and its image into the map's folder or a subfolder, and re-link it",
            )
            return None
        if target.suffix.lower() != ".tsx":
            problems.add(label, "is not a .tsx file", "export the tileset as a Tiled .tsx tileset")
            return None
        loaded = read_xml(target, "tileset", reader, label)
        if loaded is None:
            return None
        if loaded.tag != "tileset":
            problems.add(
                label, f"is a <{bounded.short(loaded.tag)}> document", "link a Tiled .tsx tileset instead"
            )
            return None
        element = loaded
        folder = target.parent
    name = element.get("name", "") or (Path(source).stem if source else f"#{index + 1}")
    label = f"tileset '{shown_name(name)}'" + (f" ({bounded.short(source, 80)})" if source else "")
    if len(name) > limits.NAME_CHARS:
        problems.add(label, f"has a name of {len(name):,} characters", f"keep it to {limits.NAME_CHARS}")
        return None
    return _tileset_fields(element, first_gid, folder, label, name, reader)


def _tileset_numbers(element: ET.Element, label: str, problems: Problems) -> dict[str, int] | None:
    numbers = {}
    for attr in ("tilewidth", "tileheight", "tilecount", "columns", "margin", "spacing"):
        value = int_attr(element, attr, 0 if attr in ("columns", "margin", "spacing") else None)
        if value is None or value < 0 or (attr in ("tilewidth", "tileheight", "tilecount") and value == 0):
            problems.add(
                label, f"has no valid '{attr}' (got {quote(element.get(attr))})", "re-save it in Tiled"
            )
            return None
        numbers[attr] = value
    if max(numbers["tilewidth"], numbers["tileheight"]) > limits.TILE_SIDE:
        problems.add(
            label,
            f"has {numbers['tilewidth']}x{numbers['tileheight']} px tiles",
            f"use tiles of at most {limits.TILE_SIDE} px",
        )
        return None
    if max(numbers["margin"], numbers["spacing"], numbers["columns"]) > limits.IMAGE_SIDE:
        problems.add(
            label, "has a margin, spacing or column count larger than any picture", "re-save it in Tiled"
        )
        return None
    if numbers["tilecount"] > limits.TILESET_TILES:
        problems.add(
            label,
            f"has {numbers['tilecount']:,} tiles, over the limit of {limits.TILESET_TILES:,}",
            "split it into smaller tilesets",
        )
        return None
    return numbers


def _tileset_fields(
    element: ET.Element, first_gid: int, folder: Path, label: str, name: str, reader: Reader
) -> TilesetXml | None:
    numbers = _tileset_numbers(element, label, reader.problems)
    if numbers is None:
        return None
    if first_gid + numbers["tilecount"] > MAX_GID:
        reader.problems.add(label, f"has {numbers['tilecount']} tiles", f"keep tile ids below {MAX_GID}")
        return None
    ok = _check_tileset_content(element, label, folder, reader)
    ok = _check_tileset_images(element, label, folder, numbers, reader) and ok
    if not ok:
        return None
    return TilesetXml(
        first_gid,
        element,
        folder,
        label,
        name,
        numbers["tilecount"],
        numbers["columns"],
        numbers["tilewidth"],
        numbers["tileheight"],
        numbers["margin"],
        numbers["spacing"],
    )


def _check_tileset_content(element: ET.Element, label: str, folder: Path, reader: Reader) -> bool:
    problems = reader.problems
    ok = True
    for image in element.iter("image"):
        source = image.get("source")
        if source is None or inside(reader.tree_root, folder, source) is None:
            problems.add(
                label,
                f"uses the image {quote(source)}, which is outside the map's own folder",
                "keep tileset images in the map's folder or a subfolder",
            )
            ok = False
    for tile in element.findall("tile"):
        if tile.find("objectgroup") is not None:
            problems.add(
                tile_subject(tile, label),
                "has collision shapes",
                "delete them in Tiled's Tile Collision Editor and draw Wall objects on the "
                "'physics' layer instead",
            )
            ok = False
        tile_id = int_attr(tile, "id")
        if tile_id is None or not 0 <= tile_id < MAX_GID:
            problems.add(
                f"a tile of {label}", f"has an invalid id {quote(tile.get('id'))}", "re-save it in Tiled"
            )
            ok = False
    return ok


# --------------------------------------------------------------------------- tileset images


def _check_tileset_images(
    element: ET.Element, label: str, folder: Path, numbers: dict[str, int], reader: Reader
) -> bool:
    """The atlas picture (or each tile's picture) exists, is a PNG within the limits and fits."""
    atlas = element.find("image")
    if atlas is not None:
        info = _image_info(atlas, label, folder, reader)
        return info is not None and _atlas_fits(atlas, info, label, numbers, reader.problems)
    ok = True
    for tile in element.findall("tile"):
        picture = tile.find("image")
        if picture is not None:
            ok = _image_info(picture, tile_subject(tile, label), folder, reader) is not None and ok
    return ok


def _image_info(image: ET.Element, label: str, folder: Path, reader: Reader) -> images.PngInfo | None:
    """The picture's header (every picture file checked once per map); None once reported."""
    source = image.get("source", "")
    target = inside(reader.tree_root, folder, source)
    if target is None:
        return None  # already reported as outside the map's folder
    known = reader.images.get(target)
    if known is None:
        known = _check_image(target, reader)
        reader.images[target] = known
    if isinstance(known, str):
        reader.problems.add(label, f"uses the image {quote(source)}, which {known}", _image_fix(known))
        return None
    return known


def _check_image(target: Path, reader: Reader) -> images.PngInfo | str:
    budget = reader.budget
    if budget.images_left <= 0:
        return f"is one image too many: a map may use {limits.MAP_IMAGES} image files at most"
    budget.images_left -= 1
    try:
        info = images.verify_png(target) if reader.verify_images else images.png_header(target)
    except images.ImageError as exc:
        return exc.problem
    if info.pixels > budget.pixels_left:
        return (
            f"brings the map's tileset images over {limits.MAP_IMAGE_PIXELS:,} pixels in all, "
            "the most the game keeps in memory"
        )
    budget.pixels_left -= info.pixels
    return info


def _image_fix(problem: str) -> str:
    if problem == "does not exist":
        return "put the PNG next to the tileset, or fix the image path in Tiled's tileset properties"
    if "over the limit" in problem or "in all" in problem or "too many" in problem:
        return "use fewer or smaller tileset pictures (split big atlases)"
    return "export the picture again as a PNG from your image editor"


def _atlas_fits(
    image: ET.Element, info: images.PngInfo, label: str, numbers: dict[str, int], problems: Problems
) -> bool:
    """The picture is the size the tileset declares and holds its columns and tiles."""
    source = quote(image.get("source"))
    declared = (int_attr(image, "width", info.width), int_attr(image, "height", info.height))
    if declared != (info.width, info.height):
        shown = "x".join("?" if v is None else str(v) for v in declared)
        problems.add(
            label,
            f"uses the image {source}, which is {info.width}x{info.height} pixels "
            f"but the tileset says {shown}",
            "open the tileset in Tiled (it re-reads the picture) and save it, or restore the picture",
        )
        return False
    margin, spacing = numbers["margin"], numbers["spacing"]
    columns = (info.width - 2 * margin + spacing) // (numbers["tilewidth"] + spacing)
    rows = (info.height - 2 * margin + spacing) // (numbers["tileheight"] + spacing)
    if numbers["columns"] not in (0, columns) or numbers["tilecount"] > max(columns, 0) * max(rows, 0):
        problems.add(
            label,
            f"declares {numbers['columns']} columns and {numbers['tilecount']} tiles, but its image "
            f"{source} holds {max(columns, 0)} columns and {max(columns, 0) * max(rows, 0)} tiles",
            "open the tileset in Tiled and save it, so the counts match the picture",
        )
        return False
    return True
