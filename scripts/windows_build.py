"""What `build.spec` makes on each platform, as pure functions the tests can check on Linux.

On Windows a program is either a console program or a window program, fixed when it is built:
`hexie.exe` is the console one (every command prints; `hexie` alone still opens the window) and
`hexiew.exe` the window one the Start menu starts, without a console flashing behind it. Both
carry the emblem as their icon and a version resource generated from
`hexie_desktop.__version__`, so Explorer's 属性 → 详细信息 and an IT department's inventory show
the same version as `hexie --version`. Elsewhere there is one `hexie`, and neither resource
applies.

The version resource is written in the text form PyInstaller reads (`pyi-grab_version`'s), since
PyInstaller's own classes for it load only on Windows.
"""

from dataclasses import dataclass
from pathlib import Path

from packaging.version import Version

ICON = Path(__file__).resolve().parent.parent / "resources" / "windows" / "hexie.ico"
PRODUCT = "和谐桌面 Hexie Desktop"
# Chinese (PRC) strings, in Unicode: language 0x0804, code page 1200.
LANGUAGE, CODEPAGE = 0x0804, 1200
_PRERELEASE = 0x2


@dataclass(frozen=True)
class Executable:
    """One program of the build: its file name (without `.exe`), console or window, its words."""

    name: str
    console: bool
    description: str


def executables(platform: str) -> list[Executable]:
    """The programs to build on `platform` (`sys.platform`)."""
    if platform == "win32":
        return [
            Executable("hexie", console=True, description="和谐桌面（命令行）"),
            Executable("hexiew", console=False, description="和谐桌面"),
        ]
    return [Executable("hexie", console=False, description="和谐桌面")]


def file_version(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows shows for `version`: its release numbers, padded with zeros
    (`0.2.0.dev0` → 0.2.0.0); the full text goes in the version strings."""
    parts = (*Version(version).release, 0, 0, 0)[:4]
    return (parts[0], parts[1], parts[2], parts[3])


def version_resource(version: str, program: Executable) -> str:
    """The version resource of `program`, as the text PyInstaller's `EXE(version=…)` reads."""
    numbers = file_version(version)
    flags = _PRERELEASE if Version(version).is_prerelease else 0
    strings = {
        "CompanyName": PRODUCT,
        "FileDescription": program.description,
        "FileVersion": version,
        "InternalName": program.name,
        "OriginalFilename": f"{program.name}.exe",
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers!r},
    prodvers={numbers!r},
    mask=0x3f,
    flags={flags:#x},
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '{LANGUAGE:04X}{CODEPAGE:04X}',
        [{table}])
    ]),
    VarFileInfo([VarStruct('Translation', [{LANGUAGE}, {CODEPAGE}])])
  ]
)
"""
