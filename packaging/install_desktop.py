"""Install the built bundle for the current user on a Linux desktop, so that GPU Sizer is in the applications menu
and double-clicking a .sizing file in a file manager opens it (`make install-desktop` runs this).

    python3 packaging/install_desktop.py [--bundle dist/gpu-sizer]      install / update
    python3 packaging/install_desktop.py --uninstall                    remove everything it installed

What goes where (XDG base directories; the defaults are the usual ~/.local/share, ~/.local/bin, ~/.config):

    $XDG_DATA_HOME/gpu-sizer/                                 a copy of the bundle (dist/gpu-sizer/)
    ~/.local/bin/gpu-sizer, ~/.local/bin/sizing               symbolic links to its two executables
    $XDG_DATA_HOME/applications/gpu-sizer.desktop             packaging/linux/gpu-sizer.desktop, Exec= made absolute
    $XDG_DATA_HOME/mime/packages/gpu-sizer.xml                declares *.sizing = application/x-gpu-sizer
    $XDG_DATA_HOME/icons/hicolor/<N>x<N>/apps/gpu-sizer.png   packaging/icons/hicolor/ (+ scalable/ from the SVG)
    $XDG_CONFIG_HOME/mimeapps.list                            [Default Applications] application/x-gpu-sizer

then it refreshes the caches that desktops read: update-mime-database (shared-mime-info) and
update-desktop-database (desktop-file-utils) where installed; without them most desktops still pick the files up,
some only after logging in again. Standard library only, so any python3 runs it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LINUX = HERE / "linux"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def identity() -> tuple[str, str]:
    """(app id, MIME type) from packaging/linux/ itself, so this runs without the package installed;
    tests/packaging checks that they match packaging/app_info.py."""
    (desktop,) = LINUX.glob("*.desktop")
    mime = ET.parse(LINUX / f"{desktop.stem}.xml").getroot().find(f"{MIME_NS}mime-type")
    assert mime is not None
    return desktop.stem, mime.attrib["type"]


def xdg(var: str, default: str) -> Path:
    value = os.environ.get(var, "")
    return Path(value) if os.path.isabs(value) else Path.home() / default


def exec_arg(path: Path) -> str:
    """`path` as one argument of a desktop entry's Exec key: quoted when it has reserved characters (Desktop Entry
    spec, "The Exec key"), then escaped once more as a string value (backslashes doubled), % doubled."""
    text = str(path).replace("%", "%%")
    if re.search(r"[\s\"'\\><~|&;$*?#()`]", text):
        text = '"' + re.sub(r'(["`$\\])', r"\\\1", text) + '"'
    return text.replace("\\", "\\\\")


def desktop_entry(template: str, exe: Path) -> str:
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_arg(exe)} %f"
        elif line.startswith("TryExec="):
            line = f"TryExec={str(exe).replace(chr(92), chr(92) * 2)}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def set_default(mimeapps: Path, mime_type: str, desktop_id: str | None) -> None:
    """Set (or, with desktop_id None, remove) `mime_type=desktop_id;` in mimeapps.list's [Default Applications],
    keeping every other line as it is."""
    lines = mimeapps.read_text(encoding="utf-8").splitlines() if mimeapps.exists() else []
    out, section, done = [], None, False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("["):
            if section == "[Default Applications]" and not done and desktop_id:
                out.append(f"{mime_type}={desktop_id};")
                done = True
            section = stripped
        elif section == "[Default Applications]" and stripped.split("=", 1)[0].strip() == mime_type:
            if desktop_id and not done:
                out.append(f"{mime_type}={desktop_id};")
                done = True
            continue
        out.append(line)
    if desktop_id and not done:
        if section != "[Default Applications]":
            if out and out[-1].strip():
                out.append("")
            out.append("[Default Applications]")
        out.append(f"{mime_type}={desktop_id};")
    mimeapps.parent.mkdir(parents=True, exist_ok=True)
    mimeapps.write_text("\n".join(out) + "\n", encoding="utf-8")


def run_tool(name: str, *args: str) -> None:
    tool = shutil.which(name)
    if tool is None:
        print(f"  ({name} not found: skipped; the desktop may need a new login to notice)")
        return
    result = subprocess.run([tool, *args], capture_output=True, text=True)
    if result.returncode != 0:
        print(f"  warning: {name} {' '.join(args)} failed: {result.stderr.strip()}", file=sys.stderr)


class Layout:
    def __init__(self, app_id: str, data: Path, bin_dir: Path, config: Path) -> None:
        self.app_id = app_id
        self.data, self.bin, self.config = data, bin_dir, config
        self.app_dir = data / app_id
        self.desktop = data / "applications" / f"{app_id}.desktop"
        self.mime_xml = data / "mime" / "packages" / f"{app_id}.xml"
        self.icons = data / "icons" / "hicolor"
        self.mimeapps = config / "mimeapps.list"

    def links(self) -> list[Path]:
        """~/.local/bin/<name> for each executable at the top of the installed bundle (gpu-sizer, sizing)."""
        if not self.app_dir.is_dir():
            return []
        return [self.bin / p.name for p in sorted(self.app_dir.iterdir()) if p.is_file() and os.access(p, os.X_OK)]

    def icon_files(self) -> list[tuple[Path, Path]]:
        pairs = [
            (src, self.icons / src.relative_to(HERE / "icons" / "hicolor"))
            for src in sorted((HERE / "icons" / "hicolor").glob("*/apps/*.png"))
        ]
        pairs.append(
            (
                ROOT / "resources" / "icons" / f"{self.app_id}.svg",
                self.icons / "scalable" / "apps" / f"{self.app_id}.svg",
            )
        )
        return pairs


def refresh(layout: Layout) -> None:
    run_tool("update-mime-database", str(layout.data / "mime"))
    run_tool("update-desktop-database", str(layout.desktop.parent))
    if (layout.icons / "icon-theme.cache").exists():  # only keep an existing cache current; never create one
        run_tool("gtk-update-icon-cache", "--force", "--ignore-theme-index", str(layout.icons))
    layout.icons.mkdir(parents=True, exist_ok=True)
    os.utime(layout.icons)  # icon themes notice new icons by the folder's modification time


def install(layout: Layout, bundle: Path, mime_type: str) -> None:
    exe = bundle / layout.app_id
    if not (exe.is_file() and os.access(exe, os.X_OK)):
        raise SystemExit(f"{exe}: no built app here; run `make dist` first")
    # the bundle: copy next to the old one, then swap, so a failed copy leaves the installed app intact
    staging = layout.app_dir.with_name(layout.app_dir.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(bundle, staging, symlinks=True)
    shutil.rmtree(layout.app_dir, ignore_errors=True)
    staging.rename(layout.app_dir)
    print(f"app       {layout.app_dir}")
    layout.bin.mkdir(parents=True, exist_ok=True)
    for link in layout.links():
        if link.is_symlink() or not link.exists():
            link.unlink(missing_ok=True)
            link.symlink_to(layout.app_dir / link.name)
            print(f"command   {link}")
        else:
            print(f"  left {link} alone: it is not a link this script made")
    template = (LINUX / f"{layout.app_id}.desktop").read_text(encoding="utf-8")
    layout.desktop.parent.mkdir(parents=True, exist_ok=True)
    layout.desktop.write_text(desktop_entry(template, layout.app_dir / layout.app_id), encoding="utf-8")
    print(f"launcher  {layout.desktop}")
    layout.mime_xml.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(LINUX / f"{layout.app_id}.xml", layout.mime_xml)
    print(f"file type {layout.mime_xml}")
    for src, dest in layout.icon_files():
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
    print(f"icons     {layout.icons}/*/apps/{layout.app_id}.*")
    set_default(layout.mimeapps, mime_type, layout.desktop.name)
    print(f"default   {layout.mimeapps}: {mime_type}={layout.desktop.name}")
    refresh(layout)


def uninstall(layout: Layout, mime_type: str) -> None:
    for link in layout.links():
        if link.is_symlink() and Path(os.readlink(link)).parent == layout.app_dir:
            link.unlink()
    shutil.rmtree(layout.app_dir, ignore_errors=True)
    for path in [layout.desktop, layout.mime_xml, *(dest for _, dest in layout.icon_files())]:
        path.unlink(missing_ok=True)
    if layout.mimeapps.exists():
        set_default(layout.mimeapps, mime_type, None)
    refresh(layout)
    print(f"removed GPU Sizer from {layout.data}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "gpu-sizer", help="the built app folder")
    parser.add_argument("--data-home", type=Path, default=xdg("XDG_DATA_HOME", ".local/share"))
    parser.add_argument("--bin-dir", type=Path, default=Path.home() / ".local" / "bin")
    parser.add_argument("--config-home", type=Path, default=xdg("XDG_CONFIG_HOME", ".config"))
    parser.add_argument("--uninstall", action="store_true")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        raise SystemExit("install_desktop.py is for Linux desktops; see packaging/README.md for macOS and Windows")
    app_id, mime_type = identity()
    layout = Layout(app_id, args.data_home.absolute(), args.bin_dir.absolute(), args.config_home.absolute())
    if args.uninstall:
        uninstall(layout, mime_type)
    else:
        install(layout, args.bundle.absolute(), mime_type)
    return 0


if __name__ == "__main__":
    sys.exit(main())
