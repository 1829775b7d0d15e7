"""Icons: every raster in packaging/icons/ is what packaging/make_icons.py makes from the one source,
resources/icons/gpu-sizer.svg, and the .ico and .icns containers hold the sizes their platforms ask for."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage

from tests.packaging.helpers import PACKAGING, ROOT

ICONS = PACKAGING / "icons"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _pngs(path: Path) -> list[bytes]:
    """The PNG images a file holds: itself, or a .ico's or an .icns's entries in order."""
    data = path.read_bytes()
    if path.suffix == ".ico":
        count = struct.unpack("<H", data[4:6])[0]
        entries = [struct.unpack("<II", data[14 + 16 * i : 22 + 16 * i]) for i in range(count)]
        return [data[offset : offset + length] for length, offset in entries]
    if path.suffix == ".icns":
        pos, out = 8, []
        while pos < len(data):
            length = struct.unpack(">I", data[pos + 4 : pos + 8])[0]
            out.append(data[pos + 8 : pos + length])
            pos += length
        return out
    return [data]


def _pixels(png: bytes) -> np.ndarray:
    image = QImage.fromData(png).convertToFormat(QImage.Format.Format_RGBA8888)
    assert not image.isNull()
    return np.frombuffer(bytes(image.constBits()), np.uint8).reshape(image.height(), image.bytesPerLine())


def test_committed_icons_are_generated_from_the_svg(tmp_path: Path) -> None:
    """Made again from the SVG, each icon has the committed one's images, pixel for pixel within one level of 255 in
    each channel: Qt's rasterizer rounds antialiased edges a level apart on another CPU (on the 2026-12-07 machine,
    1 to 23 pixels of an image, by one level), so the files' bytes cannot be compared."""
    # a subprocess: make_icons creates a QGuiApplication, which must not become this test session's application
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "make_icons.py"), "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    made = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    committed = sorted(p.relative_to(ICONS) for p in ICONS.rglob("*") if p.is_file())
    assert made == committed
    stale = []
    for name in made:
        ours, theirs = _pngs(tmp_path / name), _pngs(ICONS / name)
        if len(ours) != len(theirs) or any(
            a.shape != b.shape or np.abs(a.astype(int) - b.astype(int)).max() > 1
            for a, b in zip(map(_pixels, ours), map(_pixels, theirs), strict=True)
        ):
            stale.append(str(name))
    assert not stale, f"run `.venv/bin/python packaging/make_icons.py` and commit: {stale}"


def test_hicolor_pngs_have_their_folder_size() -> None:
    sizes = []
    for png in sorted(ICONS.glob("hicolor/*/apps/gpu-sizer.png")):
        n = int(png.parts[-3].split("x")[0])
        assert png_size(png.read_bytes()) == (n, n)
        sizes.append(n)
    assert {16, 32, 48, 256, 512} <= set(sizes)


def test_ico_holds_png_entries_from_16_to_256() -> None:
    data = (ICONS / "gpu-sizer.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        w, h, _, _, planes, bpp, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i : 22 + 16 * i])
        n = w or 256
        assert (w, planes, bpp) == (h, 1, 32)
        assert png_size(data[offset : offset + length]) == (n, n)
        sizes.append(n)
    assert {16, 32, 48, 256} <= set(sizes)


def test_icns_holds_png_entries_up_to_1024() -> None:
    data = (ICONS / "gpu-sizer.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    pos, found = 8, {}
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        found[kind] = png_size(data[pos + 8 : pos + length])
        pos += length
    assert pos == len(data)
    assert found[b"ic07"] == (128, 128) and found[b"ic09"] == (512, 512) and found[b"ic10"] == (1024, 1024)
    assert found[b"icp4"] == (16, 16) and found[b"ic14"] == (512, 512)
