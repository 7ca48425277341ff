"""The Windows build's parts, checked on Linux: which programs are built, the version resource
PyInstaller writes into each (read back by PyInstaller's own classes), and the icon."""

import importlib.util
import sys
import types
from pathlib import Path
from types import ModuleType

import pytest
from PIL import IcoImagePlugin, Image

import hexie_desktop

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[name]
    return module


build = _load("windows_build", ROOT / "scripts" / "windows_build.py")


@pytest.fixture
def versioninfo(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """PyInstaller's version-resource classes. They load only on Windows for the sake of two
    functions that read and write executables; those are not used here, so stand-ins do."""
    import PyInstaller.compat  # type: ignore[import-untyped]  # noqa: PLC0415

    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    spec = importlib.util.find_spec("PyInstaller.utils.win32.versioninfo")
    assert spec is not None and spec.origin is not None
    return _load("_versioninfo_for_test", Path(spec.origin))


def test_windows_gets_a_console_program_and_a_window_program() -> None:
    programs = build.executables("win32")
    assert [(p.name, p.console) for p in programs] == [("hexie", True), ("hexiew", False)]
    assert [p.name for p in build.executables("linux")] == ["hexie"]


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("0.2.0.dev0", (0, 2, 0, 0)),
        ("1.4", (1, 4, 0, 0)),
        ("2.0.1rc2", (2, 0, 1, 0)),
    ],
)
def test_file_version_numbers(version: str, numbers: tuple[int, int, int, int]) -> None:
    assert build.file_version(version) == numbers


def test_pyinstaller_reads_the_version_resource(versioninfo: ModuleType) -> None:
    version = hexie_desktop.__version__
    window = build.executables("win32")[1]
    text = build.version_resource(version, window)
    info = eval(text, vars(versioninfo))  # what PyInstaller's load_version_info_from_text_file does
    assert isinstance(info, versioninfo.VSVersionInfo)
    major, minor, micro, _ = build.file_version(version)
    assert info.ffi.fileVersionMS == (major << 16) | minor
    assert info.ffi.fileVersionLS == micro << 16
    assert bool(info.ffi.fileFlags & 0x2) == ("dev" in version or "rc" in version)
    strings = {s.name: s.val for s in info.kids[0].kids[0].kids}
    assert strings["ProductVersion"] == version and strings["FileVersion"] == version
    assert strings["OriginalFilename"] == "hexiew.exe"
    assert strings["FileDescription"] == "和谐桌面"
    assert info.kids[0].kids[0].name == "080404B0"  # Chinese (PRC), Unicode
    assert len(info.toRaw()) > 500  # it serialises into the resource Windows reads


def _pixel(picture: Image.Image, x: int, y: int) -> tuple[int, ...]:
    value = picture.getpixel((x, y))
    assert isinstance(value, tuple)
    return value


def test_the_icon_has_every_size_windows_asks_for_and_is_the_emblem() -> None:
    assert build.ICON.is_file()
    with Image.open(build.ICON) as icon:
        assert isinstance(icon, IcoImagePlugin.IcoImageFile)
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(icon.info["sizes"])
        for side in (16, 32, 256):
            picture = icon.ico.getimage((side, side)).convert("RGBA")
            assert picture.size == (side, side)
            red, green, blue, alpha = _pixel(picture, side * 8 // 64, side * 40 // 64)
            assert alpha == 255 and red > 150 and green < 80 and blue < 60  # the bureau's red
            gold = _pixel(picture, side // 2, side * 51 // 64)  # the building's base
            assert gold[0] > 200 and gold[1] > 150
            assert _pixel(picture, 0, 0)[3] == 0  # rounded corners


def test_the_spec_builds_the_programs_with_icon_and_version() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "executables(sys.platform)" in spec
    assert "version_resource(__version__, program)" in spec
    assert "icon=str(ICON)" in spec
    assert '(str(root / "resources"), "resources")' in spec  # the fonts travel with the program
    assert (ROOT / "resources" / "fonts" / "wqy-microhei-ui.ttf").is_file()
