"""Linux desktop integration (packaging/linux/, packaging/install_desktop.py): the .desktop file validates with
desktop-file-validate, the shared-mime-info XML parses and compiles, and after installing into a temporary home
a file manager's way of opening a .sizing file (GIO: content type -> default application -> Exec) starts the built
app on that file; a second file opens in a second process (a new window)."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from tests.packaging.helpers import (
    EXAMPLE,
    PACKAGING,
    debian_tool,
    isolated_env,
    load_module,
    pids_running,
    split_exec,
    wait_for,
)

LINUX = PACKAGING / "linux"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="freedesktop integration is Linux's")


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def validate(tool: Path, path: Path) -> None:
    """desktop-file-validate exits 0 on hints and warnings too; accept only a clean report (hints allowed)."""
    result = subprocess.run([str(tool), str(path)], capture_output=True, text=True, timeout=60)
    problems = [line for line in (result.stdout + result.stderr).splitlines() if ": hint:" not in line]
    assert result.returncode == 0 and not problems, "\n".join(problems)


@linux_only
def test_desktop_file_validates_and_matches_the_package(app_info: Any) -> None:
    path = LINUX / f"{app_info.app_id}.desktop"
    validate(debian_tool("desktop-file-validate", "desktop-file-utils"), path)
    entry = desktop_entry(path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == app_info.name
    assert entry["Icon"] == app_info.app_id
    assert split_exec(entry["Exec"]) == [app_info.app_id, "%f"]  # one file per launch: see README
    assert entry["MimeType"].split(";") == [app_info.mime_type, ""]


def test_app_sets_the_identity_the_desktop_file_names(app_info: Any, tmp_path: Path) -> None:
    """Window managers match a running window to gpu-sizer.desktop through the desktop file name the app sets;
    the package metadata, the app and the packaging files must agree."""
    code = (
        "import json, sys; from gui.app import create_application; app = create_application(sys.argv[:1]); "
        "print(json.dumps([app.applicationDisplayName(), app.desktopFileName()]))"
    )
    root = PACKAGING.parent
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        env=isolated_env(tmp_path, PYTHONPATH=str(root)),
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == [app_info.name, app_info.app_id]
    installer = load_module("gpu_sizer_install_desktop", PACKAGING / "install_desktop.py")
    assert installer.identity() == (app_info.app_id, app_info.mime_type)


def test_mime_xml_declares_the_sizing_suffix(app_info: Any) -> None:
    root = ET.parse(LINUX / f"{app_info.app_id}.xml").getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    (mime,) = root.findall(f"{MIME_NS}mime-type")
    assert mime.attrib["type"] == app_info.mime_type
    assert [g.attrib["pattern"] for g in mime.findall(f"{MIME_NS}glob")] == [f"*{app_info.suffix}"]
    assert mime.find(f"{MIME_NS}sub-class-of").attrib["type"] == "application/json"  # type: ignore[union-attr]
    assert mime.find(f"{MIME_NS}icon").attrib["name"] == app_info.app_id  # type: ignore[union-attr]


@linux_only
def test_mime_xml_compiles_with_update_mime_database(app_info: Any, tmp_path: Path) -> None:
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(LINUX / f"{app_info.app_id}.xml", packages)
    tool = debian_tool("update-mime-database", "shared-mime-info")
    result = subprocess.run([str(tool), "-V", str(tmp_path / "mime")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr.lower(), result.stderr
    assert f"{app_info.mime_type}:*{app_info.suffix}" in (tmp_path / "mime" / "globs2").read_text()


def test_exec_quoting_survives_awkward_paths() -> None:
    installer = load_module("gpu_sizer_install_desktop", PACKAGING / "install_desktop.py")
    for path in ("/opt/plain/gpu-sizer", '/home/a b/$x/it\'s "q"/100%/gpu-sizer', "/tmp/back\\slash/gpu-sizer"):
        line = installer.desktop_entry("Exec=gpu-sizer %f\n", Path(path)).strip()
        assert split_exec(line.removeprefix("Exec=")) == [path, "%f"]


def launch(
    doc: Path,
    gio: str | None,
    env: dict[str, str],
    desktop: Path,
    app_info: Any,
    reaper: list[int | subprocess.Popen[bytes]],
    log: Path,
) -> None:
    """Open `doc` as a file manager would."""
    if gio is None:  # no GLib tools: run the Exec line the way the Desktop Entry spec says (%f -> the file)
        argv = [str(doc) if a == "%f" else a for a in split_exec(desktop_entry(desktop)["Exec"])]
        reaper.append(subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        return
    # what Files/Nautilus and other GLib file managers do on a double-click
    info = subprocess.run(
        [gio, "info", "-a", "standard::content-type", str(doc)], env=env, capture_output=True, text=True, timeout=60
    )
    assert f"standard::content-type: {app_info.mime_type}" in info.stdout, info.stdout + info.stderr
    default = subprocess.run([gio, "mime", app_info.mime_type], env=env, capture_output=True, text=True, timeout=60)
    assert f"“{app_info.mime_type}”: {desktop.name}" in default.stdout, default.stdout
    # not captured: the app inherits gio's stdout/stderr and would hold a pipe open after gio exits
    with log.open("w") as out:
        launched = subprocess.run([gio, "open", str(doc)], env=env, stdout=out, stderr=out, timeout=60)
    assert launched.returncode == 0, log.read_text()


@linux_only
@pytest.mark.slow
def test_installed_app_opens_a_double_clicked_file(
    app_info: Any, bundle: Path, tmp_path: Path, reaper: list[int | subprocess.Popen[bytes]]
) -> None:
    home = tmp_path / "home with space"  # the Exec line must quote the install path
    env = isolated_env(home, XDG_DATA_DIRS="/usr/local/share:/usr/share", XDG_CONFIG_DIRS="/etc/xdg")
    data, config = Path(env["XDG_DATA_HOME"]), Path(env["XDG_CONFIG_HOME"])
    path_tools = [
        debian_tool("update-desktop-database", "desktop-file-utils"),
        debian_tool("update-mime-database", "shared-mime-info"),
    ]
    env["PATH"] = os.pathsep.join([*(str(t.parent) for t in path_tools), env.get("PATH", "")])
    install = [
        sys.executable,
        str(PACKAGING / "install_desktop.py"),
        "--bundle",
        str(bundle),
        "--data-home",
        str(data),
        "--bin-dir",
        str(home / ".local" / "bin"),
        "--config-home",
        str(config),
    ]
    result = subprocess.run(install, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr

    desktop = data / "applications" / f"{app_info.app_id}.desktop"
    validate(debian_tool("desktop-file-validate", "desktop-file-utils"), desktop)
    exe = data / app_info.app_id / app_info.app_id
    assert split_exec(desktop_entry(desktop)["Exec"]) == [str(exe), "%f"]
    assert f"{app_info.mime_type}:*{app_info.suffix}" in (data / "mime" / "globs2").read_text()
    assert f"{app_info.mime_type}={desktop.name};" in (data / "applications" / "mimeinfo.cache").read_text()
    assert f"{app_info.mime_type}={desktop.name};" in (config / "mimeapps.list").read_text()
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / f"{app_info.app_id}.png").is_file()
    assert (home / ".local" / "bin" / app_info.cli).resolve() == (data / app_info.app_id / app_info.cli).resolve()

    documents = home / "Documents"
    documents.mkdir()
    first, second = documents / f"first scenario{app_info.suffix}", documents / f"second{app_info.suffix}"
    shutil.copy(EXAMPLE, first)
    shutil.copy(EXAMPLE, second)
    settings = config / app_info.name / f"{app_info.name}.conf"  # QSettings(organisation, application)

    def opened(path: Path) -> bool:  # the app adds a file it opened to its recent files
        return settings.is_file() and str(path) in settings.read_text(encoding="utf-8")

    gio = shutil.which("gio")
    try:
        for n, doc in enumerate((first, second), start=1):
            launch(doc, gio, env, desktop, app_info, reaper, tmp_path / f"launch-{n}.log")
            wait_for(lambda doc=doc: opened(doc), 60, f"the installed app to open {doc.name}")
            assert len(pids_running(exe)) == n  # the second file opened in a second process, i.e. a new window
    finally:  # gio starts the app as its own child, so the test knows it only by pid
        reaper.extend(p for p in pids_running(exe) if p not in reaper)

    result = subprocess.run([*install, "--uninstall"], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert not desktop.exists() and not (data / app_info.app_id).exists()
    assert app_info.mime_type not in (config / "mimeapps.list").read_text()
